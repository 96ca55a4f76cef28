package io.passerelle.mappings.edi.read;

import java.util.Iterator;

/**
 * Where {@link InterchangeReader} takes its parsed messages and interchanges from, in the order of the
 * stream: one parser running ahead ({@link #ahead}), or chunks parsed in parallel ({@link ChunkedParse}).
 * Closing it stops the parsing and closes the stream.
 */
interface ParsedSource extends Iterator<Parsed>, AutoCloseable {

    @Override
    void close();

    /** One parser over the whole stream, on another thread, a few batches ahead of the reader. */
    static ParsedSource ahead(InterchangeParser parser) {
        ReadAhead<Parsed> ahead = new ReadAhead<>(parser, InterchangeReader.BATCH, InterchangeReader.BATCHES_AHEAD);
        return new ParsedSource() {
            @Override
            public boolean hasNext() {
                return ahead.hasNext();
            }

            @Override
            public Parsed next() {
                return ahead.next();
            }

            @Override
            public void close() {
                ahead.close();
                parser.close();
            }
        };
    }
}
