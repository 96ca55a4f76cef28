package io.passerelle.mappings.edi.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * Supplies the segment terminator a stream should end with, when its last segment (UNZ, IEA) has none.
 *
 * <p>StAEDI stops with "unexpected end of stream" in that case, after every message has already been
 * read correctly; files cut by a text editor or a transfer that trims the last newline do this. The
 * gateway adds the terminator and records that it did ({@link #supplied()}), rather than failing an
 * interchange whose content is complete.
 *
 * <p>It is also the buffer StAEDI reads from, one byte per call: unlike {@link java.io.BufferedInputStream},
 * whose {@code read()} takes a lock each time (a tenth of the whole translation of a large interchange),
 * it is read by one thread only, as the reader it feeds.
 */
final class FinalTerminatorStream extends InputStream {

    private final InputStream in;
    private final int terminator;
    private final byte[] buffer;
    private int position;
    private int limit;
    private int last = -1;
    private boolean supplied;
    private boolean ended;

    FinalTerminatorStream(InputStream in, char terminator, int bufferSize) {
        this.in = in;
        this.terminator = terminator;
        this.buffer = new byte[bufferSize];
    }

    boolean supplied() {
        return supplied;
    }

    @Override
    public int read() throws IOException {
        if (position < limit) {
            return buffer[position++] & 0xFF;
        }
        if (!fill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position >= limit && !fill()) {
            return -1;
        }
        int count = Math.min(length, limit - position);
        System.arraycopy(buffer, position, target, offset, count);
        position += count;
        return count;
    }

    @Override
    public int available() throws IOException {
        return limit - position + (ended ? 0 : in.available());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads the next chunk, or the supplied terminator at the end; false once nothing is left. */
    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int count = in.read(buffer, 0, buffer.length);
        while (count == 0) {
            count = in.read(buffer, 0, buffer.length);
        }
        if (count < 0) {
            ended = true;
            if (last >= 0 && last != terminator) {
                supplied = true;
                buffer[0] = (byte) terminator;
                position = 0;
                limit = 1;
                return true;
            }
            return false;
        }
        remember(count);
        position = 0;
        limit = count;
        return true;
    }

    /**
     * The last byte of the chunk that counts: whitespace after the terminator is ignorable, but
     * whitespace may also be the terminator itself.
     */
    private void remember(int count) {
        for (int i = count - 1; i >= 0; i--) {
            int b = buffer[i] & 0xFF;
            if (b == terminator || !Character.isWhitespace(b)) {
                last = b;
                return;
            }
        }
    }
}
