package io.passerelle.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.hub.testing.HubTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The outbox's claim on the real PostgreSQL, with the hub's own dispatcher left out so that the test is the only
 * one claiming: the head of each subscriber's queue per entity, and only it; a head waiting to be retried holds
 * back its entity and nothing else; one instance at a time holds a subscriber; two instances never take the same
 * entry.
 */
@HubTest
@TestPropertySource(properties = "camel.main.java-routes-exclude-pattern=**/DeliveryRoute*")
class OutboxClaimTest {

    private static final Duration LEASE = Duration.ofMinutes(1);

    @Autowired
    Outbox outbox;

    @Autowired
    SubscriberLeases leases;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DeliveryDispatcher dispatcher;

    @BeforeEach
    void emptyOutbox() {
        jdbc.update("DELETE FROM hub_outbox");
        jdbc.update("DELETE FROM hub_subscriber_lease");
    }

    @Test
    void eachSubscriberGetsTheHeadOfEachEntitysQueueAndTheNextOnlyOnceTheHeadIsDelivered() {
        long x1 = enqueue("crm", "product:X");
        long x2 = enqueue("crm", "product:X");
        long y1 = enqueue("crm", "product:Y");
        long erpX1 = enqueue("erp", "product:X");

        assertThat(ids(outbox.claim("one", 10, LEASE, Set.of()))).containsExactly(x1, y1, erpX1);
        // The CRM and the ERP are being delivered to: X2 waits, though it is due.
        assertThat(outbox.claim("one", 10, LEASE, Set.of())).isEmpty();

        outbox.deliveredAll(List.of(delivered(x1), delivered(y1)));
        leases.release("one", List.of("crm"));
        assertThat(ids(outbox.claim("one", 10, LEASE, Set.of()))).containsExactly(x2);
    }

    @Test
    void oneInstanceAtATimeHoldsASubscriberAndWhatItGivesBackUndeliveredIsTakenAgain() {
        long x1 = enqueue("crm", "product:X");
        long erpX1 = enqueue("erp", "product:X");
        assertThat(ids(outbox.claim("one", 10, LEASE, Set.of(), List.of("crm")))).containsExactly(x1);

        assertThat(ids(outbox.claim("two", 10, LEASE, Set.of()))).as("the CRM is held by one").containsExactly(erpX1);
        assertThat(leaseHolder("crm")).isEqualTo("one");

        leases.release("one", List.of("crm"));
        assertThat(ids(outbox.claim("two", 10, LEASE, Set.of()))).containsExactly(x1);
        assertThat(leaseHolder("crm")).isEqualTo("two");
    }

    @Test
    void aSubscriberWithNothingToDeliverYetIsGivenBackAtOnce() {
        long x1 = enqueue("crm", "product:X");
        enqueue("crm", "product:X");
        assertThat(ids(outbox.claim("one", 10, LEASE, Set.of()))).containsExactly(x1);
        outbox.retryLater(x1, Duration.ofHours(1), "503 from the CRM");
        leases.release("one", List.of("crm"));

        // X2 is due but waits behind X1: the CRM is leased by the claim, found to have no head, and given back.
        assertThat(outbox.claim("one", 10, LEASE, Set.of())).isEmpty();
        assertThat(leaseHolder("crm")).isNull();
    }

    @Test
    void aClaimAmongNamedSubscribersTakesTheirHeadsOnlyAndLeavesOthersForAClaimOfAll() {
        long x1 = enqueue("crm", "product:X");
        enqueue("crm", "product:X");
        long erpX1 = enqueue("erp", "product:X");
        long gone = enqueue("retired-wms", "product:X");

        assertThat(ids(outbox.claim("one", 10, LEASE, Set.of(), List.of("crm", "erp", "wms")))).containsExactly(x1, erpX1);
        assertThat(outbox.claim("one", 10, LEASE, Set.of(), List.of("crm", "erp", "wms"))).isEmpty();
        assertThat(outbox.claim("one", 10, LEASE, Set.of("crm"), List.of("crm"))).isEmpty();
        // A name no longer declared is found by the claim of all subscribers, to be reported rather than forgotten.
        assertThat(ids(outbox.claim("one", 10, LEASE, Set.of()))).containsExactly(gone);
    }

    @Test
    void theDispatchersFirstClaimLooksForAnySubscriberAndReportsOneNoLongerDeclaredLaterOnesOnlyTheDeclared() {
        long gone = enqueue("retired-wms", "product:X");
        // This context runs no dispatcher route: this is the dispatcher's first claim, a claim of all subscribers.
        assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "DEAD".equals(status(gone)));
        assertThat(jdbc.queryForObject("SELECT last_error FROM hub_outbox WHERE id = ?", String.class, gone))
                .contains("subscriber 'retired-wms' is not declared");

        long later = enqueue("retired-wms", "product:Y");
        assertThat(dispatcher.dispatchOnce()).as("until the next claim of all, a minute later").isZero();
        assertThat(status(later)).isEqualTo("PENDING");
    }

    @Test
    void aHeadWaitingToBeRetriedHoldsBackItsEntityOnly() {
        long x1 = enqueue("crm", "product:X");
        enqueue("crm", "product:X");
        long y1 = enqueue("crm", "product:Y");
        assertThat(ids(outbox.claim("one", 10, LEASE, Set.of()))).containsExactly(x1, y1);
        outbox.retryLater(x1, Duration.ofHours(1), "503 from the CRM");
        outbox.deliveredAll(List.of(delivered(y1)));
        leases.release("one", List.of("crm"));
        long y2 = enqueue("crm", "product:Y");

        assertThat(ids(outbox.claim("one", 10, LEASE, Set.of()))).containsExactly(y2);
    }

    @Test
    void aBusySubscriberIsLeftAsideAndEachOtherGetsUpToTheLimit() {
        List<Long> crm = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            crm.add(enqueue("crm", "product:" + i));
            enqueue("wms", "product:" + i);
        }

        List<OutboxEntry> claimed = outbox.claim("one", 3, LEASE, Set.of("wms"));

        assertThat(ids(claimed)).containsExactlyElementsOf(crm.subList(0, 3));
    }

    @Test
    void anExpiredLeaseLetsAnotherInstanceTakeTheEntryAgain() {
        long x1 = enqueue("crm", "product:X");
        assertThat(ids(outbox.claim("one", 10, Duration.ofMillis(1), Set.of()))).containsExactly(x1);
        jdbc.execute("SELECT pg_sleep(0.05)");

        assertThat(outbox.claim("two", 10, LEASE, Set.of())).singleElement()
                .satisfies(entry -> assertThat(entry.id()).isEqualTo(x1));
        assertThat(leaseHolder("crm")).isEqualTo("two");
    }

    @Test
    void twoInstancesClaimingAtTheSameTimeNeverTakeTheSameEntry() throws Exception {
        for (int i = 0; i < 2_000; i++) {
            enqueue(i % 2 == 0 ? "crm" : "erp", "product:" + (i % 400));
        }
        // Added before the entries are marked delivered: an entity's next entry can only be claimed after that.
        List<OutboxEntry> taken = Collections.synchronizedList(new ArrayList<>());
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (String instance : List.of("one", "two")) {
                running.add(instances.submit(() -> {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (System.nanoTime() < deadline) {
                        List<OutboxEntry> claimed = outbox.claim(instance, 50, LEASE, Set.of());
                        if (claimed.isEmpty() && pending() == 0) {
                            return;
                        }
                        assertThat(claimed).extracting(entry -> entry.subscriber() + " " + entry.entityKey())
                                .as("one entry per entity and subscriber in a claim").doesNotHaveDuplicates();
                        taken.addAll(claimed);
                        outbox.deliveredAll(claimed.stream().map(entry -> delivered(entry.id())).toList());
                        leases.release(instance, claimed.stream().map(OutboxEntry::subscriber).distinct().toList());
                    }
                }));
            }
            for (Future<?> instance : running) {
                instance.get(60, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdown();
        }

        assertThat(ids(taken)).hasSize(2_000).doesNotHaveDuplicates();
        // Each entity's entries were taken one after the other, in the order they were queued.
        taken.stream().collect(Collectors.groupingBy(entry -> entry.subscriber() + " " + entry.entityKey()))
                .forEach((entity, entries) -> assertThat(ids(entries)).as(entity).isSorted());
    }

    private String leaseHolder(String subscriber) {
        List<String> holder = jdbc.queryForList("SELECT claimed_by FROM hub_subscriber_lease WHERE subscriber = ?",
                String.class, subscriber);
        return holder.isEmpty() ? null : holder.get(0);
    }

    private long pending() {
        return jdbc.queryForObject("SELECT count(*) FROM hub_outbox WHERE status = 'PENDING'", Long.class);
    }

    private String status(long id) {
        return jdbc.queryForObject("SELECT status FROM hub_delivery WHERE id = ?", String.class, id);
    }

    private long enqueue(String subscriber, String entity) {
        outbox.enqueue(UUID.randomUUID(), subscriber, entity, "ProductChanged", "{}");
        return jdbc.queryForObject("SELECT max(id) FROM hub_outbox", Long.class);
    }

    private static Outbox.Delivered delivered(long id) {
        return new Outbox.Delivered(id, "delivered by the test");
    }

    private static List<Long> ids(List<OutboxEntry> entries) {
        return entries.stream().map(OutboxEntry::id).toList();
    }
}
