package io.passerelle.mappings.edi.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a prepared EDI byte stream into segments at its segment terminator, a release character making
 * the character after it plain data. It reads nothing into the segments: the gateway's reading is
 * StAEDI's. It only finds where messages begin and end, for {@link InterchangeOutline} and
 * {@link ChunkSplitter}, and reads the few envelope values they compare.
 *
 * <p>Works on bytes: every syntax identifier the gateway knows is a single-byte charset or UTF-8, where a
 * byte below 128 is always the ASCII character it looks like.
 */
final class SegmentCutter {

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final byte element;
    private final byte terminator;
    /** 0-255, or -1 for none: compared with unsigned bytes, so that a 0xFF in the data is never taken for it. */
    private final int release;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private byte[] segment = new byte[512];
    private int length;
    private int tagStart;
    private boolean remainder;

    /**
     * @param release the release character, or 0 when the syntax has none (X12)
     */
    SegmentCutter(InputStream in, char element, char release, char terminator) {
        this.in = in;
        this.element = (byte) element;
        this.terminator = (byte) terminator;
        this.release = release == 0 ? -1 : release & 0xFF;
    }

    /**
     * Reads the next segment, from the end of the previous one (whitespace before it included) to its
     * terminator included. False at the end of the stream; {@link #remainder()} then says whether anything
     * but whitespace followed the last terminator.
     */
    boolean next() throws IOException {
        length = 0;
        boolean released = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, BUFFER);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    remainder = !blank(0, length);
                    length = 0;
                    return false;
                }
            }
            int end = -1;
            for (int i = position; i < limit; i++) {
                byte b = buffer[i];
                if (released) {
                    released = false;
                } else if ((b & 0xFF) == release) {
                    released = true;
                } else if (b == terminator) {
                    end = i + 1;
                    break;
                }
            }
            int stop = end < 0 ? limit : end;
            append(stop - position);
            position = stop;
            if (end >= 0) {
                tagStart = 0;
                while (tagStart < length && isBlank(segment[tagStart])) {
                    tagStart++;
                }
                return true;
            }
        }
    }

    private void append(int count) {
        if (length + count > segment.length) {
            segment = Arrays.copyOf(segment, Math.max(segment.length * 2, length + count));
        }
        System.arraycopy(buffer, position, segment, length, count);
        length += count;
    }

    /** True when the current segment has this tag. */
    boolean is(String tag) {
        int end = tagStart + tag.length();
        if (end >= length) {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            if (segment[tagStart + i] != tag.charAt(i)) {
                return false;
            }
        }
        return segment[end] == element || segment[end] == terminator;
    }

    /** True when the current segment starts with these characters, whatever follows (UNA has no element separator). */
    boolean startsWith(String text) {
        if (tagStart + text.length() > length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (segment[tagStart + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Bytes of the current segment from its tag to its terminator, both included. */
    int tagToTerminator() {
        return length - tagStart;
    }

    /**
     * The elements of the current segment after its tag, as sent (release characters kept): only for the
     * envelope's few values, compared as sent.
     */
    List<String> elements() {
        List<String> elements = new ArrayList<>();
        int i = tagStart;
        while (i < length - 1 && segment[i] != element) {
            i++;
        }
        int from = i + 1;
        boolean released = false;
        for (int j = from; j < length; j++) {
            byte b = segment[j];
            if (released) {
                released = false;
            } else if ((b & 0xFF) == release) {
                released = true;
            } else if (b == element || j == length - 1) {
                elements.add(new String(segment, from, j - from, StandardCharsets.ISO_8859_1));
                from = j + 1;
            }
        }
        return elements;
    }

    /** The current segment, whitespace before it and terminator included, valid until the next call to {@link #next()}. */
    byte[] bytes() {
        return segment;
    }

    int length() {
        return length;
    }

    /** True when something else than whitespace followed the last segment terminator. */
    boolean remainder() {
        return remainder;
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isBlank(segment[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
