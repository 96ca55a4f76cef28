package io.passerelle.hub.events;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param subscriptions who hears of which boundary events (config/subscriptions.yml)
 * @param zone          where the plants are: a stoppage's instants become delivery dates in this zone
 * @param acceptance    how events offered at the same time are accepted together
 */
@Validated
@ConfigurationProperties("passerelle.events")
public record EventSettings(@Valid List<EventSubscription> subscriptions, ZoneId zone, @Valid Acceptance acceptance) {

    public EventSettings {
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
        zone = zone == null ? ZoneId.of("Europe/Paris") : zone;
        acceptance = acceptance == null ? new Acceptance(0, 0, 0) : acceptance;
    }

    /**
     * Events offered at the same time (API calls, a burst from the CRM) are accepted in batches, one
     * transaction each.
     *
     * @param writers  batches written at the same time
     * @param maxBatch the most events in one batch
     * @param waiting  the most events waiting for a writer; callers beyond it wait (back-pressure)
     */
    public record Acceptance(@PositiveOrZero int writers, @PositiveOrZero int maxBatch, @PositiveOrZero int waiting) {

        public Acceptance {
            writers = writers == 0 ? 2 : writers;
            maxBatch = maxBatch == 0 ? 100 : maxBatch;
            waiting = waiting == 0 ? 1_000 : waiting;
        }
    }
}
