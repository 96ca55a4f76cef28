package io.passerelle.hub.delivery;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each subscriber's next claim starts looking: after the highest entry id it was handed one to two
 * {@code lag}s ago, and from its first pending entry once per {@code lag}.
 *
 * <p>Why: a claim walks a subscriber's pending entries in id order, and the front of that walk is made of
 * entries just delivered, whose index entries stay until vacuum removes them; under a backlog (100,000 products
 * from the ERP, 1,000 events a second) each claim stepped over tens of thousands of them (94 ms per claim,
 * measured in the sync bench). Starting after what was handed a while ago skips them.
 *
 * <p>What a claim starting there does not see, the next look from the start (within one {@code lag}) takes:
 * an entry whose transaction got its id early but committed late (the lag makes that rare), an entry waiting
 * to be retried, one whose lease expired with another instance, one replayed. Per-entity order does not rest
 * on this: an entry is still taken only when no older entry of its entity is pending.
 *
 * <p>Used by the dispatcher's one polling thread; synchronized for tests that dispatch from others.
 */
final class ClaimStart {

    private final long lagNanos;
    private final Map<String, Long> highest = new HashMap<>();
    private Map<String, Long> aLagAgo = Map.of();
    private Map<String, Long> safe = Map.of();
    private long turnedAt;

    ClaimStart(Duration lag, long now) {
        this.lagNanos = lag.toNanos();
        this.turnedAt = now - lagNanos;
    }

    /** For each subscriber, the id after which its claim looks now; 0 to look from its first pending entry. */
    synchronized Map<String, Long> after(Collection<String> subscribers, long now) {
        boolean fromTheStart = now - turnedAt >= lagNanos;
        if (fromTheStart) {
            safe = aLagAgo;
            aLagAgo = Map.copyOf(highest);
            turnedAt = now;
        }
        Map<String, Long> after = new LinkedHashMap<>();
        for (String subscriber : subscribers) {
            after.put(subscriber, fromTheStart ? 0L : safe.getOrDefault(subscriber, 0L));
        }
        return after;
    }

    /** What a claim handed out. */
    synchronized void handed(List<OutboxEntry> entries) {
        for (OutboxEntry entry : entries) {
            highest.merge(entry.subscriber(), entry.id(), Math::max);
        }
    }
}
