package io.passerelle.hub.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.passerelle.hub.database.AfterCommit;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What flows through this hub instance, as counters: changes received by source system, message type and outcome
 * (accepted, duplicate, parked, rejected), and delivery outcomes by subscriber (delivered, retry, dead). Prometheus'
 * {@code rate()} over them gives the throughput and the error rate of each flow; unlike the backlog gauges, each
 * instance counts its own work, so they add up across instances. Inside a transaction, a count is added once it
 * commits: a batch rolled back and done again item by item is counted once.
 */
@Component
public class FlowCounters {

    public enum Received { ACCEPTED, DUPLICATE, PARKED, REJECTED }

    public enum Delivery { DELIVERED, RETRY, DEAD }

    private final MeterRegistry registry;

    public FlowCounters(MeterRegistry registry) {
        this.registry = registry;
    }

    public void received(String source, String messageType, Received outcome, long count) {
        // Micrometer keeps one counter per name and tags: looked up, not created, after the first time.
        add(Counter.builder("passerelle.messages.received")
                .description("Changes received by the hub, by source system, message type and outcome")
                .tags("source", source, "type", messageType, "outcome", outcome.name().toLowerCase(Locale.ROOT)), count);
    }

    public void delivered(String subscriber, Delivery outcome, long count) {
        add(Counter.builder("passerelle.deliveries")
                .description("Delivery attempts by subscriber and outcome")
                .tags("subscriber", subscriber, "outcome", outcome.name().toLowerCase(Locale.ROOT)), count);
    }

    private void add(Counter.Builder counter, long count) {
        if (count <= 0) {
            return;
        }
        AfterCommit.run(() -> counter.register(registry).increment(count));
    }
}
