package io.passerelle.mappings.edi.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Supplies the segment terminator a stream should end with, when its last segment (UNZ, IEA) has none.
 *
 * <p>StAEDI stops with "unexpected end of stream" in that case, after every message has already been
 * read correctly; files cut by a text editor or a transfer that trims the last newline do this. The
 * gateway adds the terminator and records that it did ({@link #supplied()}), rather than failing an
 * interchange whose content is complete.
 *
 * <p>It is also the buffer StAEDI reads from, one byte per call. It supports {@code mark}, so StAEDI reads it
 * directly instead of wrapping it in a {@link java.io.BufferedInputStream}, whose {@code read()} takes a lock
 * per byte (a tenth of the translation time of a large interchange): this stream is read by one thread only.
 */
final class FinalTerminatorStream extends InputStream {

    private final InputStream in;
    private final int terminator;
    private byte[] buffer;
    private int position;
    private int limit;
    /** Where {@link #reset()} returns to; -1 without a mark, or once more than its read limit was read past it. */
    private int marked = -1;
    private int markLimit;
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
    public boolean markSupported() {
        return true;
    }

    @Override
    public void mark(int readLimit) {
        marked = position;
        markLimit = readLimit;
    }

    @Override
    public void reset() throws IOException {
        if (marked < 0) {
            throw new IOException("reset without a mark, or after reading past the mark's limit");
        }
        position = marked;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Reads the next chunk after what is buffered (keeping the bytes from a live mark on), or the supplied
     * terminator at the end; false once nothing is left.
     */
    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        keepMarked();
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int count = in.read(buffer, limit, buffer.length - limit);
        while (count == 0) {
            count = in.read(buffer, limit, buffer.length - limit);
        }
        if (count < 0) {
            ended = true;
            if (last >= 0 && last != terminator) {
                supplied = true;
                buffer[limit++] = (byte) terminator;
                return true;
            }
            return false;
        }
        remember(limit, count);
        limit += count;
        return true;
    }

    /** Moves the marked bytes to the front of the buffer, or forgets the mark once its limit is passed. */
    private void keepMarked() {
        if (marked >= 0 && position - marked >= markLimit) {
            marked = -1;
        }
        if (marked < 0) {
            position = 0;
            limit = 0;
            return;
        }
        int kept = limit - marked;
        System.arraycopy(buffer, marked, buffer, 0, kept);
        position -= marked;
        limit = kept;
        marked = 0;
    }

    /**
     * The last byte of the chunk that counts: whitespace after the terminator is ignorable, but
     * whitespace may also be the terminator itself.
     */
    private void remember(int from, int count) {
        for (int i = from + count - 1; i >= from; i--) {
            int b = buffer[i] & 0xFF;
            if (b == terminator || !Character.isWhitespace(b)) {
                last = b;
                return;
            }
        }
    }
}
