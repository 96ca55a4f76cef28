package io.passerelle.mappings.edi.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Cuts a plain interchange ({@link InterchangeOutline}) into chunks of whole messages, each an interchange
 * of its own that StAEDI can read alone: the file's envelope header as sent, the chunk's messages as sent,
 * and trailers counting them. Reads the prepared stream once, to its end; holds one chunk at a time.
 */
final class ChunkSplitter implements Iterator<ChunkSplitter.Chunk> {

    /** A chunk's bytes and where its messages sit in the interchange. */
    record Chunk(byte[] bytes, ChunkPlacement placement) {
    }

    private final SegmentCutter cutter;
    private final InterchangeOutline outline;
    private final int messagesPerChunk;
    private byte[] header;
    private int messagesBefore;
    private int segmentsBefore;

    ChunkSplitter(PreparedInput input, InterchangeOutline outline, int messagesPerChunk) {
        this.cutter = new SegmentCutter(input.stream(), outline.element(), outline.release(), outline.terminator());
        this.outline = outline;
        this.messagesPerChunk = messagesPerChunk;
    }

    @Override
    public boolean hasNext() {
        return messagesBefore < outline.messages();
    }

    @Override
    public Chunk next() {
        if (!hasNext()) {
            throw new NoSuchElementException("every message of the interchange is in a chunk already");
        }
        try {
            if (header == null) {
                header = readHeader();
            }
            if (!cutter.is(outline.messageHeader())) {
                throw new IllegalStateException("message " + (messagesBefore + 1) + " does not start where the outline"
                        + " found it: the file changed while it was read");
            }
            ByteArrayOutputStream chunk = new ByteArrayOutputStream(header.length + messagesPerChunk * 1024);
            chunk.write(header, 0, header.length);
            int messages = 0;
            int segments = 0;
            // The cutter stands on the chunk's first message header: the header's end, or the previous chunk's.
            while (true) {
                chunk.write(cutter.bytes(), 0, cutter.length());
                segments++;
                if (cutter.is(outline.messageTrailer())) {
                    messages++;
                    if (messages == messagesPerChunk || messagesBefore + messages == outline.messages()) {
                        break;
                    }
                }
                advance();
            }
            boolean last = messagesBefore + messages == outline.messages();
            if (last) {
                // The trailers were checked by the outline; read to the end so the stream reports how it ended.
                while (cutter.next()) {
                    // nothing to keep
                }
            } else {
                advance();
            }
            byte[] trailers = outline.trailers(messages);
            chunk.write(trailers, 0, trailers.length);
            Chunk cut = new Chunk(chunk.toByteArray(), new ChunkPlacement(messagesBefore, segmentsBefore, messagesBefore == 0, last));
            messagesBefore += messages;
            segmentsBefore += segments;
            return cut;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the interchange again to cut it into chunks: " + e.getMessage(), e);
        }
    }

    /** The segments before the first message, as sent; leaves the cutter on the first message header. */
    private byte[] readHeader() throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream(1024);
        advance();
        while (!cutter.is(outline.messageHeader())) {
            header.write(cutter.bytes(), 0, cutter.length());
            advance();
        }
        return header.toByteArray();
    }

    private void advance() throws IOException {
        if (!cutter.next()) {
            throw new IllegalStateException("the interchange ended before the " + outline.messages()
                    + " messages its outline found: the file changed while it was read");
        }
    }
}
