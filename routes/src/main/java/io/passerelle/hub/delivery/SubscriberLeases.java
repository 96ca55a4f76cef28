package io.passerelle.hub.delivery;

import io.passerelle.hub.system.HubInstance;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which hub instance delivers to which subscriber right now: one row per subscriber in hub_subscriber_lease.
 * An instance takes a free (or expired) subscriber for a lease, delivers a batch and gives it back with the
 * outcomes; one instance at a time delivers to a subscriber, so its per-entity order holds, and a lease left by
 * an instance that died expires.
 */
@Component
public class SubscriberLeases {

    private final JdbcTemplate jdbc;

    public SubscriberLeases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Leases, among {@code names}, the subscribers with a due outbox entry that no instance holds; returns them.
     * Call outside a transaction: the lease must be committed before the entries are read, so that the read sees
     * every outcome the last holder recorded before giving the subscriber back.
     */
    public List<String> take(String instance, Duration lease, Collection<String> names) {
        return jdbc.queryForList("INSERT INTO hub_subscriber_lease AS l (subscriber, claimed_by, lease_until)"
                        + " SELECT s.name, ?, now() + make_interval(secs => ?) FROM unnest(?::text[]) AS s(name)"
                        + " WHERE EXISTS (SELECT 1 FROM hub_outbox o WHERE o.status = 'PENDING' AND o.subscriber = s.name"
                        + "   AND o.next_attempt_at <= now())"
                        + " ON CONFLICT (subscriber) DO UPDATE SET claimed_by = excluded.claimed_by,"
                        + "   lease_until = excluded.lease_until WHERE l.claimed_by IS NULL OR l.lease_until < now()"
                        + " RETURNING subscriber",
                String.class, instance, lease.toMillis() / 1000.0, names.toArray(String[]::new));
    }

    /**
     * Gives subscribers back; call in the transaction that records their outcomes, so that whoever leases one
     * next reads them.
     */
    public void release(String instance, Collection<String> subscribers) {
        jdbc.update("UPDATE hub_subscriber_lease SET claimed_by = NULL, lease_until = NULL"
                + " WHERE subscriber = ANY(?) AND claimed_by = ?", subscribers.toArray(String[]::new), instance);
    }

    /** Gives back the subscribers held by instances {@link HubInstance#knownDead known dead}; returns how many. */
    public int releaseHeldByDead(HubInstance instance) {
        String[] dead = jdbc.queryForList("SELECT DISTINCT claimed_by FROM hub_subscriber_lease"
                        + " WHERE claimed_by IS NOT NULL AND lease_until > now()", String.class)
                .stream().filter(instance::knownDead).toArray(String[]::new);
        return dead.length == 0 ? 0 : jdbc.update("UPDATE hub_subscriber_lease SET claimed_by = NULL, lease_until = NULL"
                + " WHERE claimed_by = ANY(?)", (Object) dead);
    }

    /** Gives back every subscriber this instance holds (when it stops); returns how many. */
    public int releaseAll(String instance) {
        return jdbc.update("UPDATE hub_subscriber_lease SET claimed_by = NULL, lease_until = NULL WHERE claimed_by = ?",
                instance);
    }
}
