package io.passerelle.mappings.edi.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void handsOverEveryItemInOrderFromAnotherThread() {
        Counting source = new Counting(10_000, -1);
        List<Integer> read = new ArrayList<>();
        try (ReadAhead<Integer> ahead = new ReadAhead<>(source, 16, 4)) {
            ahead.forEachRemaining(read::add);
            assertThat(ahead.hasNext()).isFalse();
            assertThatThrownBy(ahead::next).isInstanceOf(NoSuchElementException.class);
        }
        assertThat(read).hasSize(10_000);
        for (int i = 0; i < read.size(); i++) {
            assertThat(read.get(i)).isEqualTo(i);
        }
        assertThat(source.thread).isNotEqualTo(Thread.currentThread().getName()).startsWith("edi-read-ahead-");
    }

    @Test
    void readsOnlyABoundedNumberOfItemsAheadOfTheReader() {
        Counting source = new Counting(100_000, -1);
        try (ReadAhead<Integer> ahead = new ReadAhead<>(source, 16, 4)) {
            assertThat(ahead.next()).isZero();
            // 4 batches waiting, one taken by the reader, one being filled: 96 items, never the 100,000.
            Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> source.produced.get() >= 16 * 6);
            sleep(200);
            assertThat(source.produced.get()).isBetween(16 * 6, 16 * 6 + 1);
        }
    }

    @Test
    void aFailureOfTheSourceIsThrownWhereItHappenedAfterTheItemsBeforeIt() {
        try (ReadAhead<Integer> ahead = new ReadAhead<>(new Counting(100, 40), 16, 4)) {
            for (int i = 0; i < 40; i++) {
                assertThat(ahead.next()).isEqualTo(i);
            }
            assertThatThrownBy(ahead::hasNext).isInstanceOf(IllegalStateException.class).hasMessage("item 40 is unreadable");
            assertThat(ahead.hasNext()).isFalse();
        }
    }

    @Test
    void closingEarlyStopsTheSourceAndReturnsOnceItNoLongerRuns() {
        Counting source = new Counting(1_000_000, -1);
        ReadAhead<Integer> ahead = new ReadAhead<>(source, 16, 4);
        assertThat(ahead.next()).isZero();
        ahead.close();
        int producedAtClose = source.produced.get();
        assertThat(source.running.get()).isZero();
        sleep(200);
        assertThat(source.produced.get()).isEqualTo(producedAtClose).isLessThan(200);
        assertThat(ahead.hasNext()).isFalse();
    }

    @Test
    void closingAQueueOfOneBatchDoesNotWaitForTheSourceToGiveUp() {
        Counting source = new Counting(1_000_000, -1);
        ReadAhead<Integer> ahead = new ReadAhead<>(source, 1, 1);
        assertThat(ahead.next()).isZero();
        sleep(100); // the source fills the queue and waits for room
        long start = System.nanoTime();
        ahead.close();
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms to close").isLessThan(5_000);
        assertThat(source.running.get()).isZero();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** 0, 1, 2... up to a count, failing at one of them if asked; counts what was produced and by whom. */
    private static final class Counting implements Iterator<Integer> {
        final AtomicInteger produced = new AtomicInteger();
        final AtomicInteger running = new AtomicInteger();
        final int count;
        final int failAt;
        volatile String thread;

        Counting(int count, int failAt) {
            this.count = count;
            this.failAt = failAt;
        }

        @Override
        public boolean hasNext() {
            return produced.get() < count;
        }

        @Override
        public Integer next() {
            running.incrementAndGet();
            try {
                thread = Thread.currentThread().getName();
                int item = produced.get();
                if (item == failAt) {
                    throw new IllegalStateException("item " + item + " is unreadable");
                }
                return produced.getAndIncrement();
            } finally {
                running.decrementAndGet();
            }
        }
    }
}
