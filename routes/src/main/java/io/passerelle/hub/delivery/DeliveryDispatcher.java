package io.passerelle.hub.delivery;

import io.passerelle.hub.metrics.FlowCounters;
import io.passerelle.hub.system.ConnectedSystems;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.HubInstance;
import io.passerelle.hub.system.SystemDeclaration;
import io.passerelle.hub.tracking.MessageLog;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes due outbox entries, hands each subscriber its batch through the adapter of its connector type,
 * and records every outcome: delivered, retried later with back-off, or dead with the reason.
 */
@Component
public class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final Outbox outbox;
    private final SubscriberLeases leases;
    private final ConnectedSystems systems;
    private final Map<ConnectorType, OutboundAdapter> adapters = new EnumMap<>(ConnectorType.class);
    private final DeliveryProperties properties;
    private final TransactionTemplate transactions;
    private final ExecutorService subscribers;
    /** Subscribers delivering a batch right now: not given another until done. */
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    /** True once a delivery broke off with entries still claimed. */
    private volatile boolean stranded;
    private final OutboxSignal signal;
    private final MessageLog messages;
    private final FlowCounters counters;
    private final String instance;
    /**
     * Claims look up the declared systems by name; once in a while, and at the first claim, a claim looks for any
     * subscriber at all, so that entries for a system removed from the configuration are reported dead (with the
     * reason) rather than left pending unseen.
     */
    private static final Duration CLAIM_OF_ALL_EVERY = Duration.ofMinutes(1);
    private long lastClaimOfAll = System.nanoTime() - CLAIM_OF_ALL_EVERY.toNanos();

    public DeliveryDispatcher(Outbox outbox, SubscriberLeases leases, ConnectedSystems systems, List<OutboundAdapter> adapters,
                              DeliveryProperties properties, OutboxSignal signal,
                              MessageLog messages, FlowCounters counters, HubInstance hubInstance,
                              PlatformTransactionManager transactionManager) {
        this.instance = hubInstance.id();
        this.counters = counters;
        this.signal = signal;
        this.messages = messages;
        this.outbox = outbox;
        this.leases = leases;
        this.systems = systems;
        adapters.forEach(adapter -> this.adapters.put(adapter.type(), adapter));
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        CustomizableThreadFactory threads = new CustomizableThreadFactory("delivery-subscriber-");
        threads.setDaemon(true);
        this.subscribers = Executors.newFixedThreadPool(properties.parallelSubscribers(), threads);
    }

    /**
     * One round: claims up to a batch for each subscriber that is not busy and hands each its share, without
     * waiting: a slow CRM does not hold up an ERP table or a partner's folder, and is not given more while it
     * still works on its last batch. Returns how many entries were claimed.
     */
    public int dispatchOnce() {
        List<OutboxEntry> claimed;
        long now = System.nanoTime();
        if (now - lastClaimOfAll >= CLAIM_OF_ALL_EVERY.toNanos()) {
            lastClaimOfAll = now;
            claimed = outbox.claim(instance, properties.batchSize(), properties.lease(), Set.copyOf(busy));
        } else {
            claimed = outbox.claim(instance, properties.batchSize(), properties.lease(), Set.copyOf(busy),
                    systems.systems().keySet());
        }
        Map<String, List<OutboxEntry>> bySubscriber = new LinkedHashMap<>();
        claimed.forEach(entry -> bySubscriber.computeIfAbsent(entry.subscriber(), s -> new ArrayList<>()).add(entry));
        bySubscriber.forEach((subscriber, entries) -> {
            busy.add(subscriber);
            try {
                subscribers.execute(() -> {
                try {
                    deliver(subscriber, entries);
                } catch (RuntimeException e) {
                    // The subscriber stays leased until the lease expires (or is handed back on stop): its entries are
                    // then delivered again.
                    stranded = true;
                    log.error("Delivery of {} entries to {} interrupted: {}", entries.size(), subscriber, e.getMessage());
                } finally {
                    busy.remove(subscriber);
                    signal.wake();
                }
                });
            } catch (RejectedExecutionException stopping) {
                // Claimed as the hub stops: handed back on stop, or taken again when the lease expires.
                busy.remove(subscriber);
                stranded = true;
            }
        });
        return claimed.size();
    }

    /**
     * On a graceful stop (Camel has stopped claiming by then), deliveries under way are let finish, and
     * subscribers whose delivery broke off are handed back at once rather than after their lease: another
     * instance goes on now.
     */
    @PreDestroy
    public void stop() {
        subscribers.shutdown();
        try {
            if (!subscribers.awaitTermination(properties.lease().toSeconds(), TimeUnit.SECONDS)) {
                log.warn("Stopping: deliveries still under way after {}; their leases will expire", properties.lease());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!busy.isEmpty() || !stranded) {
            // Every claimed subscriber was given back with its outcomes (the database may be stopping too: leave it
            // alone), or deliveries are still running and must keep their leases.
            return;
        }
        try {
            int released = leases.releaseAll(instance);
            if (released > 0) {
                log.info("Stopping: {} subscribers' deliveries handed back for another instance", released);
            }
        } catch (RuntimeException e) {
            // The database may already be gone: the leases then expire by themselves.
            log.warn("Stopping: subscribers' deliveries not handed back ({}); their leases will expire", e.getMessage());
        }
    }

    private void deliver(String subscriber, List<OutboxEntry> entries) {
        SystemDeclaration system = systems.find(subscriber).orElse(null);
        OutboundAdapter adapter = system == null ? null : adapters.get(system.type());
        List<DeliveryOutcome> outcomes;
        if (adapter == null) {
            DeliveryFailure failure = DeliveryFailure.permanent(system == null
                    ? "subscriber '" + subscriber + "' is not declared in config/systems.yml"
                    : "no adapter for connector type " + system.type(), null);
            outcomes = entries.stream().map(e -> DeliveryOutcome.failed(e, failure)).toList();
        } else {
            outcomes = adapter.deliverAll(subscriber, system, entries);
        }
        record(subscriber, entries, outcomes);
    }

    /**
     * The batch's outcomes in one transaction (one commit to wait for): the delivered ones in one statement, which
     * is also their DELIVERED hop, and the hops of the others in another, whatever the batch size.
     */
    private void record(String subscriber, List<OutboxEntry> entries, List<DeliveryOutcome> outcomes) {
        transactions.executeWithoutResult(status -> recordInTransaction(subscriber, entries, outcomes));
    }

    private void recordInTransaction(String subscriber, List<OutboxEntry> entries, List<DeliveryOutcome> outcomes) {
        Map<Long, OutboxEntry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        List<Outbox.Delivered> delivered = new ArrayList<>();
        List<MessageLog.Hop> hops = new ArrayList<>();
        Map<FlowCounters.Delivery, Long> counted = new EnumMap<>(FlowCounters.Delivery.class);
        for (DeliveryOutcome outcome : outcomes) {
            OutboxEntry entry = byId.get(outcome.entryId());
            if (outcome.delivered()) {
                delivered.add(new Outbox.Delivered(entry.id(), outcome.note()));
                counted.merge(FlowCounters.Delivery.DELIVERED, 1L, Long::sum);
            } else if (outcome.failure().retriable() && entry.attempts() + 1 < properties.maxAttempts()) {
                counted.merge(FlowCounters.Delivery.RETRY, 1L, Long::sum);
                outbox.retryLater(entry.id(), properties.retryDelay(entry.attempts() + 1), outcome.note());
                hops.add(new MessageLog.Hop(entry.messageId(), subscriber, "RETRY", outcome.note()));
                log.warn("Delivery #{} to {} failed (attempt {}), will retry: {}", entry.id(), subscriber,
                        entry.attempts() + 1, outcome.note());
            } else {
                counted.merge(FlowCounters.Delivery.DEAD, 1L, Long::sum);
                outbox.dead(entry.id(), outcome.note());
                hops.add(new MessageLog.Hop(entry.messageId(), subscriber, "DEAD", outcome.note()));
                log.error("Delivery #{} to {} is dead after {} attempt(s): {}", entry.id(), subscriber,
                        entry.attempts() + 1, outcome.note());
            }
        }
        outbox.deliveredAll(delivered);
        messages.hops(hops);
        counted.forEach((outcome, count) -> counters.delivered(subscriber, outcome, count));
        leases.release(instance, List.of(subscriber));
    }
}
