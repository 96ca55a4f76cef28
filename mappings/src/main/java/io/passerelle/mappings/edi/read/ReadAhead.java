package io.passerelle.mappings.edi.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an iterator ahead of its reader on another thread, a bounded number of items ahead, and hands the
 * items over in order. What the source throws is thrown to the reader at the point of the sequence where
 * it happened.
 *
 * <p>Why: reading a large interchange is two jobs of similar weight, StAEDI's parsing and validation, and
 * the translation of each message (conversion tables, canonical rules). The translation stays on the
 * reader's thread, where the caller's transaction and database connection are; the parsing runs ahead on
 * another core. A bounded number of items wait, so memory stays bounded whatever the file's size.
 *
 * <p>Items are handed over in batches: one hand-over per item woke the waiting reader each time, and the
 * wake-ups cost the source's thread a tenth of its time.
 *
 * <p>{@link #close()} stops the source at its next item and waits for it, so that whatever the source
 * reads (a stream) can be closed safely afterwards.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Shared by all readers; idle threads end after a minute, daemon so that they never hold the JVM up. */
    private static final ExecutorService RUNNERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "edi-read-ahead-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private static final Object END = new Object();
    static final long CLOSE_WAIT_SECONDS = 30;

    private final int batchSize;
    private final BlockingQueue<List<Object>> queue;
    private final Future<?> runner;
    private volatile boolean closed;
    private Iterator<Object> batch = Collections.emptyIterator();
    private Object head;

    /**
     * @param batchSize items handed over at once
     * @param batches   batches that may wait: at most {@code batchSize * (batches + 2)} items are held
     */
    ReadAhead(Iterator<? extends T> source, int batchSize, int batches) {
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(batches);
        this.runner = RUNNERS.submit(() -> run(source));
    }

    private void run(Iterator<? extends T> source) {
        List<Object> items = new ArrayList<>(batchSize);
        try {
            while (!closed && source.hasNext()) {
                items.add(source.next());
                if (items.size() == batchSize) {
                    hand(items);
                    items = new ArrayList<>(batchSize);
                }
            }
            if (closed) {
                // Nobody reads any more, and a queue of one batch has no room left for the end.
                return;
            }
            items.add(END);
            hand(items);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            if (closed) {
                return;
            }
            items.add(new Failure(e));
            try {
                hand(items);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits for room. Never stuck once the reader has closed: closing empties the queue after raising the flag the
     * loop above checks, so at most one more batch is put, into room that closing made.
     */
    private void hand(List<Object> items) throws InterruptedException {
        queue.put(items);
    }

    @Override
    public boolean hasNext() {
        if (head == null) {
            head = take();
        }
        if (head instanceof Failure failure) {
            head = END;
            if (failure.cause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure.cause();
        }
        return head != END;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("nothing more was read");
        }
        T item = (T) head;
        head = null;
        return item;
    }

    private Object take() {
        if (closed) {
            return END;
        }
        try {
            while (!batch.hasNext()) {
                batch = queue.take().iterator();
            }
            return batch.next();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next item read ahead", e);
        }
    }

    /**
     * Stops the source at its next item and returns once it no longer runs, or after {@link #CLOSE_WAIT_SECONDS}
     * if it is stuck (a read that does not return): closing what it reads from will then end it with an error
     * nobody reads.
     */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            runner.get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Already handed over as a Failure, nobody is left to read it, or still stuck in a read.
        }
    }

    /** What the source threw: a RuntimeException or an Error, the only throwables {@link #run} catches. */
    private record Failure(Throwable cause) {
    }
}
