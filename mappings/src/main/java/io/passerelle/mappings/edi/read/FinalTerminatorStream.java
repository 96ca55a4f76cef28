package io.passerelle.mappings.edi.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Supplies the segment terminator a stream should end with, when its last segment (UNZ, IEA) has none.
 *
 * <p>StAEDI stops with "unexpected end of stream" in that case, after every message has already been
 * read correctly; files cut by a text editor or a transfer that trims the last newline do this. The
 * gateway adds the terminator and records that it did ({@link #supplied()}), rather than failing an
 * interchange whose content is complete.
 */
final class FinalTerminatorStream extends FilterInputStream {

    private final int terminator;
    private int last = -1;
    private boolean supplied;
    private boolean ended;

    FinalTerminatorStream(InputStream in, char terminator) {
        super(in);
        this.terminator = terminator;
    }

    boolean supplied() {
        return supplied;
    }

    @Override
    public int read() throws IOException {
        if (ended) {
            return -1;
        }
        int b = super.read();
        if (b < 0) {
            ended = true;
            if (needsTerminator()) {
                supplied = true;
                return terminator;
            }
            return -1;
        }
        remember(b);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (ended) {
            return -1;
        }
        int count = super.read(buffer, offset, length);
        if (count < 0) {
            ended = true;
            if (needsTerminator()) {
                supplied = true;
                buffer[offset] = (byte) terminator;
                return 1;
            }
            return -1;
        }
        for (int i = offset; i < offset + count; i++) {
            remember(buffer[i] & 0xFF);
        }
        return count;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Whitespace after the terminator is ignorable; whitespace may also be the terminator itself. */
    private void remember(int b) {
        if (b == terminator || !Character.isWhitespace(b)) {
            last = b;
        }
    }

    private boolean needsTerminator() {
        return last >= 0 && last != terminator;
    }
}
