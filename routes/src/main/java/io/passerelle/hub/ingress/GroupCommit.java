package io.passerelle.hub.ingress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Work offered by many callers at once, done in batches: each batch is one call of {@code work} (one
 * transaction, one statement per step), and each caller waits for its own result. Under a stream of calls,
 * one commit then serves every caller that arrived while the previous batch was written, instead of one
 * commit and a handful of round trips each; a lone caller is served at once, in a batch of one.
 *
 * <p>A batch that fails is done again one item at a time, so a bad item fails alone, with its own error,
 * in its caller's thread. Items are handed to {@code work} in the order they were offered.
 *
 * <p>Why not a Camel aggregator or an executor: the caller needs its own result back, synchronously, and
 * must never wait for a timer to close a batch.
 *
 * @param <T> what a caller offers
 * @param <R> what it gets back
 */
public final class GroupCommit<T, R> implements AutoCloseable {

    private record Pending<T, R>(T item, CompletableFuture<R> result) {
    }

    private final Function<List<T>, List<R>> work;
    private final int maxBatch;
    private final BlockingQueue<Pending<T, R>> queue;
    private final ExecutorService writers;
    /** Offers share it; closing takes it alone, so that nothing is queued once the writers may have left. */
    private final ReadWriteLock gate = new ReentrantReadWriteLock();
    private volatile boolean closed;

    /**
     * @param work     does a batch in one go and returns one result per item, in their order
     * @param writers  how many batches may be written at the same time
     * @param maxBatch the most items in one batch
     * @param waiting  the most items waiting for a writer: callers beyond it wait to be queued (back-pressure)
     */
    public GroupCommit(String name, Function<List<T>, List<R>> work, int writers, int maxBatch, int waiting) {
        this.work = work;
        this.maxBatch = maxBatch;
        this.queue = new ArrayBlockingQueue<>(waiting);
        CustomizableThreadFactory threads = new CustomizableThreadFactory(name + "-");
        threads.setDaemon(true);
        this.writers = Executors.newFixedThreadPool(writers, threads);
        for (int i = 0; i < writers; i++) {
            this.writers.execute(this::write);
        }
    }

    /**
     * Does {@code item} in the next batch and returns its result, or throws what doing it alone threw.
     *
     * @throws IllegalStateException closed: the application is stopping
     */
    public R submit(T item) {
        Pending<T, R> pending = new Pending<>(item, new CompletableFuture<>());
        gate.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("stopping: no more work is taken");
            }
            queue.put(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to be queued", e);
        } finally {
            gate.readLock().unlock();
        }
        try {
            return pending.result().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private void write() {
        List<Pending<T, R>> batch = new ArrayList<>(maxBatch);
        while (true) {
            Pending<T, R> first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (first == null) {
                if (closed) {
                    return; // closed and nothing left: every offer made before closing has been done
                }
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, maxBatch - 1);
            write(batch);
            batch.clear();
        }
    }

    private void write(List<Pending<T, R>> batch) {
        try {
            List<R> results = work.apply(batch.stream().map(Pending::item).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(results.get(i));
            }
        } catch (RuntimeException | Error e) {
            if (batch.size() == 1) {
                batch.get(0).result().completeExceptionally(e);
                return;
            }
            // Rolled back as a whole: each item again on its own, so only the bad one fails.
            for (Pending<T, R> pending : batch) {
                write(List.of(pending));
            }
        }
    }

    /** Items offered and not yet taken by a writer. */
    public int waiting() {
        return queue.size();
    }

    public boolean isClosed() {
        return closed;
    }

    /** Takes no more offers, does those already queued, and waits up to {@code patience} for the writers. */
    public void close(Duration patience) {
        gate.writeLock().lock();
        try {
            closed = true;
        } finally {
            gate.writeLock().unlock();
        }
        writers.shutdown();
        try {
            if (!writers.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                writers.shutdownNow();
            }
        } catch (InterruptedException e) {
            writers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        // Left behind only when the writers were cut short: their callers must not wait forever.
        List<Pending<T, R>> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(pending -> pending.result().completeExceptionally(
                new IllegalStateException("stopping: not done, offer it again")));
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
