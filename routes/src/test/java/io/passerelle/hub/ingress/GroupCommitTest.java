package io.passerelle.hub.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Many callers, few batches: each caller gets its own result, a bad item fails alone, closing drains. */
@Timeout(60) // a hang here is a bug in the closing or batching: fail, do not hold the build
class GroupCommitTest {

    private static final int BAD = -13;

    /** Batches as {@code work} saw them, each answered with its items doubled. */
    private final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());

    private List<Integer> doubled(List<Integer> items) {
        batches.add(List.copyOf(items));
        if (items.contains(BAD)) {
            throw new IllegalArgumentException(BAD + " refused");
        }
        sleep(5); // a commit's round trip: callers arriving meanwhile join the next batch
        return items.stream().map(item -> item * 2).toList();
    }

    @Test
    void concurrentCallersShareBatchesAndEachGetsItsOwnResult() throws Exception {
        try (GroupCommit<Integer, Integer> group = new GroupCommit<>("test", this::doubled, 1, 50, 1_000)) {
            List<Integer> results = submitAll(group, IntStream.range(0, 400).boxed().toList());

            assertThat(results).isEqualTo(IntStream.range(0, 400).map(i -> i * 2).boxed().toList());
            assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(400);
            assertThat(batches.size()).as("batches for 400 concurrent callers").isLessThan(200);
            assertThat(batches).allSatisfy(batch -> assertThat(batch.size()).isLessThanOrEqualTo(50));
        }
    }

    @Test
    void aLoneCallerIsServedAtOnceInABatchOfOne() {
        try (GroupCommit<Integer, Integer> group = new GroupCommit<>("test", this::doubled, 2, 50, 10)) {
            assertThat(group.submit(21)).isEqualTo(42);
            assertThat(batches).containsExactly(List.of(21));
        }
    }

    @Test
    void aBadItemFailsAloneInItsCallersThreadAndTheOthersOfItsBatchGoThrough() throws Exception {
        try (GroupCommit<Integer, Integer> group = new GroupCommit<>("test", this::doubled, 1, 50, 1_000)) {
            ExecutorService callers = Executors.newFixedThreadPool(32);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                int item = i == 13 ? BAD : i;
                futures.add(callers.submit(() -> {
                    start.await();
                    return group.submit(item);
                }));
            }
            start.countDown();
            for (int i = 0; i < 32; i++) {
                Future<Integer> future = futures.get(i);
                if (i == 13) {
                    assertThatThrownBy(future::get).hasCauseInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining(BAD + " refused");
                } else {
                    assertThat(future.get()).isEqualTo(i * 2);
                }
            }
            callers.shutdown();
            // the bad item was tried in its batch, then alone once that batch had failed
            assertThat(batches.stream().filter(batch -> batch.contains(BAD))).contains(List.of(BAD));
        }
    }

    @Test
    void closingDoesWhatIsQueuedThenRefusesNewWork() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger taken = new AtomicInteger();
        GroupCommit<Integer, Integer> group = new GroupCommit<>("test", items -> {
            taken.addAndGet(items.size());
            await(release); // the writer is busy while the others queue up and the hub starts stopping
            return doubled(items);
        }, 1, 5, 1_000);
        ExecutorService callers = Executors.newFixedThreadPool(40);
        List<Future<Integer>> futures = new ArrayList<>();
        futures.add(callers.submit(() -> group.submit(0)));
        for (int i = 1; i < 40; i++) {
            int item = i;
            futures.add(callers.submit(() -> group.submit(item)));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (group.waiting() + taken.get() < 40 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread closing = new Thread(() -> group.close(Duration.ofSeconds(10)), "closing");
        closing.start();
        while (!group.isClosed()) {
            Thread.sleep(5);
        }
        assertThatThrownBy(() -> group.submit(99)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stopping");
        release.countDown();
        closing.join(15_000);
        assertThat(closing.isAlive()).as("close returned").isFalse();

        for (int i = 0; i < 40; i++) {
            assertThat(futures.get(i).get(5, TimeUnit.SECONDS)).isEqualTo(i * 2);
        }
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(40);
        callers.shutdown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Integer> submitAll(GroupCommit<Integer, Integer> group, List<Integer> items) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(64);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (Integer item : items) {
                futures.add(callers.submit(() -> {
                    start.await();
                    return group.submit(item);
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            callers.shutdown();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
