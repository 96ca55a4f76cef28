package io.passerelle.hub.delivery;

import io.passerelle.hub.system.HubInstance;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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

    private static final Logger log = LoggerFactory.getLogger(SubscriberLeases.class);

    private final JdbcTemplate jdbc;
    private final HubInstance instance;
    private final OutboxSignal signal;

    public SubscriberLeases(JdbcTemplate jdbc, HubInstance instance, OutboxSignal signal) {
        this.jdbc = jdbc;
        this.instance = instance;
        this.signal = signal;
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

    /**
     * At start, the subscribers a previous run of this hub left leased when it died (or another instance of this
     * machine that died: {@link HubInstance#knownDead}) are given back at once, rather than when their lease expires,
     * and the dispatcher woken: a restart does not hold up deliveries for a lease's length.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void takeOverLeftLeases() {
        String[] dead = instance.deadAmong(jdbc.queryForList("SELECT DISTINCT claimed_by FROM hub_subscriber_lease"
                + " WHERE claimed_by IS NOT NULL AND lease_until > now()", String.class));
        if (dead.length == 0) {
            return;
        }
        int released = jdbc.update("UPDATE hub_subscriber_lease SET claimed_by = NULL, lease_until = NULL"
                + " WHERE claimed_by = ANY(?)", (Object) dead);
        log.info("Starting: {} subscribers left leased by a stopped instance of this machine taken over", released);
        signal.wake();
    }

    /** Gives back every subscriber this instance holds (when it stops); returns how many. */
    public int releaseAll(String instance) {
        return jdbc.update("UPDATE hub_subscriber_lease SET claimed_by = NULL, lease_until = NULL WHERE claimed_by = ?",
                instance);
    }
}
