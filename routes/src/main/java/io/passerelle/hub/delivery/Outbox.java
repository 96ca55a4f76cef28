package io.passerelle.hub.delivery;

import io.passerelle.mappings.xref.PlannerStatistics;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The outbox table: entries written in the same transaction as their message, delivered by whichever hub
 * instance holds the subscriber's lease, and only the oldest pending entry per subscriber and entity at a
 * time, so each subscriber sees an entity's changes in order. Delivered entries move to hub_delivered.
 */
@Component
public class Outbox {

    private static final RowMapper<OutboxEntry> ENTRY = (rs, row) -> new OutboxEntry(rs.getLong("id"),
            rs.getObject("message_id", UUID.class), rs.getString("subscriber"), rs.getString("entity_key"),
            rs.getString("message_type"), rs.getString("payload"), rs.getInt("attempts"));

    private final JdbcTemplate jdbc;
    private final SubscriberLeases leases;
    private final OutboxSignal signal;
    private final PlannerStatistics statistics;
    /** Analyzed without the payloads. */
    private static final PlannerStatistics.Table TABLE = PlannerStatistics.Table.of("hub_outbox",
            "id", "message_id", "subscriber", "entity_key", "status", "next_attempt_at");

    public Outbox(JdbcTemplate jdbc, SubscriberLeases leases, OutboxSignal signal, PlannerStatistics statistics) {
        this.jdbc = jdbc;
        this.leases = leases;
        this.signal = signal;
        this.statistics = statistics;
    }

    /** Call inside the message's transaction. */
    public void enqueue(UUID messageId, String subscriber, String entityKey, String messageType, String payloadJson) {
        enqueueAll(List.of(new NewEntry(messageId, subscriber, entityKey, messageType, payloadJson)));
    }

    /** A new entry, for {@link #enqueueAll(List)}. */
    public record NewEntry(UUID messageId, String subscriber, String entityKey, String messageType, String payloadJson) {
    }

    /** Many entries in one statement, in the order given (call inside the messages' transaction). */
    public void enqueueAll(List<NewEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.update("INSERT INTO hub_outbox (message_id, subscriber, entity_key, message_type, payload)"
                        + " SELECT e.message_id::uuid, e.subscriber, e.entity_key, e.message_type, e.payload::json"
                        + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[])"
                        + "   AS e(message_id, subscriber, entity_key, message_type, payload, ord) ORDER BY e.ord",
                entries.stream().map(e -> e.messageId().toString()).toArray(String[]::new),
                entries.stream().map(NewEntry::subscriber).toArray(String[]::new),
                entries.stream().map(NewEntry::entityKey).toArray(String[]::new),
                entries.stream().map(NewEntry::messageType).toArray(String[]::new),
                entries.stream().map(NewEntry::payloadJson).toArray(String[]::new),
                IntStream.range(0, entries.size()).boxed().toArray(Integer[]::new));
        statistics.wrote(TABLE, entries.size());
        signal.wakeAfterCommit();
    }

    /**
     * Claims, for each subscriber with due entries that no instance holds and that is not named in {@code busy},
     * the subscriber's queue for {@code lease}, and returns up to {@code limit} due entries of each, oldest first.
     * An entry is due only at the head of its subscriber's queue for its entity: no older entry for the same entity
     * is pending (waiting to be retried, or still in the queue because a delivery broke off). The caller gives
     * each subscriber back with {@link SubscriberLeases#release} once its entries' outcomes are recorded.
     */
    public List<OutboxEntry> claim(String instance, int limit, Duration lease, Collection<String> busy) {
        return claim(instance, limit, lease, busy, jdbc.queryForList(SUBSCRIBERS_WITH_PENDING_ENTRIES, String.class));
    }

    /**
     * The same, for the named subscribers only: each is looked up directly instead of being found by skipping
     * through the pending entries of all, whose index holds, under load, thousands of entries just delivered and
     * not yet vacuumed (a few milliseconds per subscriber and claim, measured). Entries for any other name (a
     * system no longer declared) wait for the next {@link #claim(String, int, Duration, Collection)}.
     */
    public List<OutboxEntry> claim(String instance, int limit, Duration lease, Collection<String> busy,
                                   Collection<String> among) {
        List<String> free = among.stream().filter(name -> !busy.contains(name)).toList();
        if (free.isEmpty()) {
            return List.of();
        }
        List<String> leased = leases.take(instance, lease, free);
        if (leased.isEmpty()) {
            return List.of();
        }
        // Each subscriber's pending entries in id order, each checked for an older pending entry of its entity
        // by one probe of hub_outbox_entity: a claim reads about as many rows as it takes, however long the
        // backlog. Only the entries behind a waiting head are read without being taken.
        // The subscriber is matched as a range of one value, not with "=": with "=" the planner knows it is constant,
        // so that the primary key's order serves "ORDER BY subscriber, id" too, and under a backlog it walked the
        // primary key through every entry ever delivered (EXPLAIN in the sync bench: 116,250 rows read and thrown
        // away per subscriber, 350 ms a claim, against 10 ms through hub_outbox_subscriber_pending). As a range, only
        // that index gives the order.
        List<OutboxEntry> heads = jdbc.query("SELECT head.* FROM unnest(?::text[]) AS q(subscriber) CROSS JOIN LATERAL ("
                        + "   SELECT o.id, o.message_id, o.subscriber, o.entity_key, o.message_type, o.payload::text AS payload,"
                        + "     o.attempts FROM hub_outbox o WHERE o.status = 'PENDING'"
                        + "     AND o.subscriber >= q.subscriber AND o.subscriber <= q.subscriber AND o.next_attempt_at <= now()"
                        + "     AND NOT EXISTS (SELECT 1 FROM hub_outbox older WHERE older.status = 'PENDING'"
                        + "       AND older.subscriber = o.subscriber AND older.entity_key = o.entity_key AND older.id < o.id)"
                        + "     ORDER BY o.subscriber, o.id LIMIT ?) head"
                        + " ORDER BY head.id",
                ENTRY, leased.toArray(String[]::new), limit);
        // A subscriber whose due entries all wait behind an older one of their entity (to be retried later) is given
        // back at once: its lease would otherwise hold it past that retry.
        Set<String> served = heads.stream().map(OutboxEntry::subscriber).collect(Collectors.toSet());
        List<String> idle = leased.stream().filter(name -> !served.contains(name)).toList();
        if (!idle.isEmpty()) {
            leases.release(instance, idle);
        }
        return heads;
    }

    /** The subscribers with pending entries, found by skipping through hub_outbox_subscriber_pending, one probe each. */
    private static final String SUBSCRIBERS_WITH_PENDING_ENTRIES = "WITH RECURSIVE found(subscriber) AS ("
            + "   (SELECT subscriber FROM hub_outbox WHERE status = 'PENDING' ORDER BY subscriber LIMIT 1)"
            + "   UNION ALL SELECT (SELECT o.subscriber FROM hub_outbox o WHERE o.status = 'PENDING'"
            + "     AND o.subscriber > f.subscriber ORDER BY o.subscriber LIMIT 1) FROM found f"
            + "   WHERE f.subscriber IS NOT NULL)"
            + " SELECT subscriber FROM found WHERE subscriber IS NOT NULL";

    /** A delivered entry and how the adapter delivered it (the CRM record, the staging row, the file). */
    public record Delivered(long id, String note) {
    }

    /**
     * Moves delivered entries from the queue to the record of deliveries, in one statement. Each leaves the queue
     * by a delete, which writes no index entry, rather than by an update of its status, which wrote a new row
     * version and index entries in the queue table (its partial indexes' predicate changed). An entry already
     * gone (delivered by an instance whose lease had expired) is recorded once.
     */
    public void deliveredAll(List<Delivered> delivered) {
        if (delivered.isEmpty()) {
            return;
        }
        Long[] ids = delivered.stream().map(Delivered::id).toArray(Long[]::new);
        jdbc.update("WITH done AS (DELETE FROM hub_outbox WHERE id = ANY(?) AND status = 'PENDING'"
                        + "   RETURNING id, message_id, subscriber, entity_key, message_type, payload, attempts, created_at)"
                        + " INSERT INTO hub_delivered (id, message_id, subscriber, entity_key, message_type, payload,"
                        + "   attempts, created_at, delivered_at, delivered_as)"
                        + " SELECT done.id, message_id, subscriber, entity_key, message_type, payload, attempts + 1,"
                        + "   created_at, clock_timestamp(), d.note"
                        + " FROM done JOIN unnest(?::bigint[], ?::text[]) AS d(id, note) ON d.id = done.id",
                ids, ids, delivered.stream().map(Delivered::note).toArray(String[]::new));
        statistics.removed(TABLE, ids.length);
    }

    public void retryLater(long id, Duration delay, String error) {
        jdbc.update("UPDATE hub_outbox SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ?),"
                + " last_error = ? WHERE id = ?", delay.toMillis() / 1000.0, error, id);
    }

    public void dead(long id, String error) {
        jdbc.update("UPDATE hub_outbox SET status = 'DEAD', attempts = attempts + 1, last_error = ? WHERE id = ?",
                error, id);
    }

    /** Puts a dead entry back in line; returns false if it is not dead. */
    public boolean replay(long id) {
        boolean replayed = jdbc.update("UPDATE hub_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = now(),"
                + " last_error = NULL WHERE id = ? AND status = 'DEAD'", id) == 1;
        signal.wakeAfterCommit();
        return replayed;
    }

    public List<Map<String, Object>> list(String status, String subscriber, int limit) {
        return jdbc.queryForList("SELECT id, message_id, subscriber, entity_key, message_type, status, attempts,"
                + " next_attempt_at, last_error, created_at, delivered_at, delivered_as FROM hub_delivery"
                + " WHERE (CAST(? AS text) IS NULL OR status = ?) AND (CAST(? AS text) IS NULL OR subscriber = ?)"
                + " ORDER BY id DESC LIMIT ?", status, status, subscriber, subscriber, limit);
    }
}
