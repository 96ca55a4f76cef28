package io.passerelle.mappings.edi.read;

import io.passerelle.mappings.edi.EdiValidationError;
import io.passerelle.mappings.edi.Tolerance;
import io.passerelle.mappings.edi.schema.MessageSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses a plain interchange ({@link InterchangeOutline}) in chunks of messages on every core, and hands
 * out its messages in the file's order, then the interchange, as one pass would have.
 *
 * <p>Why: StAEDI's validating parse is the larger part of reading a big interchange, and one parser uses
 * one core. Each chunk is an interchange of its own for StAEDI ({@link ChunkSplitter}); its parser is told
 * where the chunk sits ({@link ChunkPlacement}), so messages keep their index and envelope errors their
 * position, and the interchange's envelope is reported once. The chunks' interchanges are merged into the
 * one the file holds.
 *
 * <p>Memory stays bounded: a few chunks are cut or parsed ahead of the reader, never the whole file.
 * Translation stays on the reader's thread ({@link InterchangeReader}).
 */
final class ChunkedParse implements ParsedSource {

    static final int PARSERS = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Shared by every reader: chunks of all files at once never parse on more threads than there are cores. */
    private static final ExecutorService CHUNK_PARSERS = Executors.newFixedThreadPool(PARSERS, task -> {
        Thread thread = new Thread(task, "edi-chunk-parser-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final PreparedInput input;
    private final ReadAhead<Future<List<Parsed>>> chunks;
    private final List<ReceivedInterchange> ends = new ArrayList<>();
    private Iterator<Parsed> chunk = Collections.emptyIterator();
    private Parsed head;
    private boolean ended;

    ChunkedParse(PreparedInput input, InterchangeOutline outline, MessageSchemas schemas, ReadOptions options) {
        this.input = input;
        ChunkSplitter splitter = new ChunkSplitter(input, outline, options.chunkMessages());
        Iterator<Future<List<Parsed>>> parsing = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return splitter.hasNext();
            }

            @Override
            public Future<List<Parsed>> next() {
                ChunkSplitter.Chunk cut = splitter.next();
                return CHUNK_PARSERS.submit(() -> parse(cut, input, schemas, options));
            }
        };
        // Chunks waiting for the reader outlive young collections: keep just enough in flight to keep every parser
        // busy while the reader translates one (measured on 2 cores: 3 chunks ahead ran 15 % slower than 1).
        this.chunks = new ReadAhead<>(parsing, 1, Math.max(1, PARSERS - 1));
    }

    @Override
    public boolean hasNext() {
        if (head == null) {
            head = advance();
        }
        return head != null;
    }

    @Override
    public Parsed next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more messages or interchanges in this stream");
        }
        Parsed next = head;
        head = null;
        return next;
    }

    @Override
    public void close() {
        chunks.close();
        try {
            input.stream().close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the EDI stream", e);
        }
    }

    private Parsed advance() {
        while (true) {
            if (chunk.hasNext()) {
                Parsed parsed = chunk.next();
                if (!(parsed instanceof ReceivedInterchange end)) {
                    return parsed;
                }
                ends.add(end);
                if (end.fatal() != null) {
                    // One pass would have stopped here: so does the merged interchange.
                    chunk = Collections.emptyIterator();
                    return merged();
                }
                continue;
            }
            if (ended) {
                return null;
            }
            if (!chunks.hasNext()) {
                return merged();
            }
            chunk = await(chunks.next()).iterator();
        }
    }

    /** The interchange as the file holds it, from its chunks' interchanges. */
    private ReceivedInterchange merged() {
        ended = true;
        ReceivedInterchange first = ends.get(0);
        String fatal = ends.get(ends.size() - 1).fatal();
        int messages = 0;
        int inGroup = 0;
        List<EdiValidationError> errors = new ArrayList<>();
        List<EdiValidationError> groupErrors = new ArrayList<>();
        List<Tolerance> tolerated = new ArrayList<>(input.tolerated());
        for (ReceivedInterchange end : ends) {
            messages += end.messageCount();
            errors.addAll(end.errors());
            tolerated.addAll(end.tolerated());
            for (ReceivedInterchange.Group group : end.groups()) {
                inGroup += group.messageCount();
                groupErrors.addAll(group.errors());
            }
        }
        tolerated.addAll(input.endOfInterchange(first.header(), fatal != null));
        List<ReceivedInterchange.Group> groups = first.groups().isEmpty() ? List.of()
                : List.of(new ReceivedInterchange.Group(first.groups().get(0).header(), inGroup, groupErrors));
        return new ReceivedInterchange(first.header(), groups, messages, errors, tolerated, fatal);
    }

    private static List<Parsed> parse(ChunkSplitter.Chunk cut, PreparedInput whole, MessageSchemas schemas,
                                      ReadOptions options) {
        InterchangeParser parser = InterchangeParser.open(PreparedInput.ofChunk(cut.bytes(), whole.charset()), schemas,
                options, cut.placement());
        try {
            List<Parsed> parsed = new ArrayList<>(options.chunkMessages() + 1);
            parser.forEachRemaining(parsed::add);
            return parsed;
        } finally {
            parser.close();
        }
    }

    private static List<Parsed> await(Future<List<Parsed>> parsing) {
        try {
            return parsing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a chunk of the interchange to be parsed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
