package io.passerelle.mappings.edi.read;

import java.io.InputStream;

/**
 * A chunk's bytes as the stream StAEDI reads. StAEDI reads one byte per call, and
 * {@link java.io.ByteArrayInputStream}'s reads are synchronized: that lock alone took a tenth of a chunk's
 * parse. A chunk is read by one thread.
 */
final class ChunkStream extends InputStream {

    private final byte[] bytes;
    private int position;

    ChunkStream(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read() {
        return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        if (position >= bytes.length) {
            return length == 0 ? 0 : -1;
        }
        int count = Math.min(length, bytes.length - position);
        System.arraycopy(bytes, position, into, offset, count);
        position += count;
        return count;
    }

    @Override
    public int available() {
        return bytes.length - position;
    }
}
