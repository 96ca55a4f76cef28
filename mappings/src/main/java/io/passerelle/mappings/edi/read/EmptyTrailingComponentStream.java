package io.passerelle.mappings.edi.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Drops an X12 component separator that comes right before a segment terminator (or the end of the
 * stream), outside ISA segments.
 *
 * <p>Some senders end every segment with {@code ~} and a line feed while their ISA, read at its fixed
 * width, declares {@code ~} as the component separator (ISA16) and the line feed as the terminator. Each
 * segment then ends with an empty component, which carries nothing: X12 has no release character, so
 * the separator cannot be data. StAEDI rejects it in the trailers (GE, IEA) and reports it on every
 * other segment, so the gateway removes it before StAEDI reads and records how many segments it
 * touched. The ISA keeps its ISA16: that one is the declaration.
 *
 * <p>Not for EDIFACT, where {@code ?:'} is an escaped component separator followed by a terminator.
 */
final class EmptyTrailingComponentStream extends FilterInputStream {

    private static final int NONE = -1;
    private static final int TAG_LENGTH = 3;

    private final int component;
    private final int terminator;
    /** A component separator not yet known to be data or an empty trailing component. */
    private int held = NONE;
    /** A byte already decided but that did not fit the caller's buffer. */
    private int carry = NONE;
    private boolean atSegmentStart = true;
    private final StringBuilder tag = new StringBuilder(TAG_LENGTH);
    private boolean inIsa;
    private long dropped;
    private boolean ended;
    private byte[] chunk = new byte[0];
    /** Room for every byte read plus the separator held back from the previous call. */
    private byte[] out = new byte[1];

    EmptyTrailingComponentStream(InputStream in, char component, char terminator) {
        super(in);
        this.component = component;
        this.terminator = terminator;
    }

    /** How many segments ended with an empty component that was dropped. */
    long dropped() {
        return dropped;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int count = read(one, 0, 1);
        return count <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int written = 0;
        if (carry != NONE) {
            buffer[offset] = (byte) carry;
            carry = NONE;
            return 1;
        }
        while (written == 0) {
            if (ended) {
                return -1;
            }
            if (chunk.length < length) {
                chunk = new byte[length];
                out = new byte[length + 1];
            }
            int count = in.read(chunk, 0, length);
            if (count < 0) {
                ended = true;
                if (held != NONE && !inIsa) {
                    // The stream ends on an empty component: the last segment's terminator is missing too.
                    dropped++;
                } else if (held != NONE) {
                    buffer[offset + written++] = (byte) held;
                }
                held = NONE;
                return written == 0 ? -1 : written;
            }
            int produced = 0;
            for (int i = 0; i < count; i++) {
                int b = chunk[i] & 0xFF;
                if (held != NONE) {
                    if (b == terminator && !inIsa) {
                        dropped++;
                    } else {
                        out[produced++] = (byte) held;
                    }
                    held = NONE;
                }
                if (b == component && !inIsa) {
                    held = b;
                    continue;
                }
                track(b);
                out[produced++] = (byte) b;
            }
            // The output can be one byte longer than asked: carry the last one over to the next call.
            if (produced > length) {
                carry = out[--produced] & 0xFF;
            }
            System.arraycopy(out, 0, buffer, offset, produced);
            written = produced;
        }
        return written;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Follows segment boundaries to know when an ISA is being read. */
    private void track(int b) {
        if (b == terminator) {
            atSegmentStart = true;
            tag.setLength(0);
            inIsa = false;
            return;
        }
        if (atSegmentStart) {
            if (Character.isWhitespace(b)) {
                return;
            }
            tag.append((char) b);
            if (tag.length() == TAG_LENGTH) {
                inIsa = tag.toString().equals("ISA");
                atSegmentStart = false;
            }
        }
    }
}
