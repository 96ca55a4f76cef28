package io.passerelle.hub.delivery;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The dispatcher's pace and patience.
 *
 * @param pollInterval  how often it looks for due entries
 * @param batchSize     entries claimed per subscriber and poll
 * @param lease         how long a subscriber claimed by this instance stays with it (unless given back sooner,
 *                      as it is once its batch is recorded) before another instance may take it over
 * @param firstRetry    back-off after the first failure; doubled at each failure up to maxRetryDelay
 * @param maxAttempts   attempts before an entry is declared dead (kept for replay)
 * @param parallelSubscribers how many subscribers are delivered to at the same time (each one's entries stay
 *                      in order)
 * @param gather        the least time between two claims when woken by new entries: under a stream of events,
 *                      one claim takes what several commits queued, rather than one claim per commit (each claim
 *                      reads the heads of every subscriber's queue)
 */
@Validated
@ConfigurationProperties("passerelle.delivery")
public record DeliveryProperties(Duration pollInterval, @Positive int batchSize, Duration lease, Duration firstRetry,
                                 Duration maxRetryDelay, @Positive int maxAttempts, @Positive int parallelSubscribers,
                                 Duration gather) {

    public DeliveryProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        batchSize = batchSize == 0 ? 500 : batchSize;
        lease = lease == null ? Duration.ofSeconds(60) : lease;
        firstRetry = firstRetry == null ? Duration.ofSeconds(1) : firstRetry;
        maxRetryDelay = maxRetryDelay == null ? Duration.ofMinutes(10) : maxRetryDelay;
        maxAttempts = maxAttempts == 0 ? 12 : maxAttempts;
        parallelSubscribers = parallelSubscribers == 0 ? 8 : parallelSubscribers;
        gather = gather == null ? Duration.ofMillis(20) : gather;
    }

    public Duration retryDelay(int attempts) {
        long millis = firstRetry.toMillis() << Math.min(20, Math.max(0, attempts - 1));
        return Duration.ofMillis(Math.min(millis, maxRetryDelay.toMillis()));
    }
}
