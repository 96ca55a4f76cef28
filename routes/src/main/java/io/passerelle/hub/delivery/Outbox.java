package io.passerelle.hub.delivery;

import io.passerelle.mappings.xref.PlannerStatistics;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The outbox table: entries written in the same transaction as their message, claimed by any hub
 * instance with SKIP LOCKED and a lease, and only the oldest pending entry per subscriber and entity
 * at a time, so each subscriber sees an entity's changes in order.
 */
@Component
public class Outbox {

    private static final RowMapper<OutboxEntry> ENTRY = (rs, row) -> new OutboxEntry(rs.getLong("id"),
            rs.getObject("message_id", UUID.class), rs.getString("subscriber"), rs.getString("entity_key"),
            rs.getString("message_type"), rs.getString("payload"), rs.getInt("attempts"));

    private final JdbcTemplate jdbc;
    private final OutboxSignal signal;
    private final PlannerStatistics statistics;
    /** Analyzed without the payloads. */
    private static final PlannerStatistics.Table TABLE = PlannerStatistics.Table.of("hub_outbox",
            "id", "message_id", "subscriber", "entity_key", "status", "next_attempt_at", "lease_until");

    public Outbox(JdbcTemplate jdbc, OutboxSignal signal, PlannerStatistics statistics) {
        this.jdbc = jdbc;
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
                        + " SELECT e.message_id::uuid, e.subscriber, e.entity_key, e.message_type, e.payload::jsonb"
                        + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[])"
                        + "   AS e(message_id, subscriber, entity_key, message_type, payload, ord) ORDER BY e.ord",
                entries.stream().map(e -> e.messageId().toString()).toArray(String[]::new),
                entries.stream().map(NewEntry::subscriber).toArray(String[]::new),
                entries.stream().map(NewEntry::entityKey).toArray(String[]::new),
                entries.stream().map(NewEntry::messageType).toArray(String[]::new),
                entries.stream().map(NewEntry::payloadJson).toArray(String[]::new),
                java.util.stream.IntStream.range(0, entries.size()).boxed().toArray(Integer[]::new));
        statistics.wrote(TABLE, entries.size());
        signal.wakeAfterCommit();
    }

    /**
     * Claims up to {@code limit} due entries, returned oldest first (RETURNING itself keeps no order), leaving
     * aside the subscribers named in {@code busy} (still delivering an earlier batch).
     */
    public List<OutboxEntry> claim(String instance, int limit, Duration lease, java.util.Collection<String> busy) {
        // The head of each subscriber's queue per entity, in one ordered pass over the pending index: an entity
        // whose head is waiting (leased, or due later) holds back its later entries. Checking "no older pending
        // entry" row by row instead costs a probe per row and, with a backlog, a scan of every blocked row.
        List<OutboxEntry> claimed = new java.util.ArrayList<>(jdbc.query("UPDATE hub_outbox SET claimed_by = ?,"
                + " lease_until = now() + make_interval(secs => ?)"
                + " WHERE id IN (SELECT o.id FROM hub_outbox o WHERE o.id IN ("
                + "     SELECT h.id FROM (SELECT DISTINCT ON (subscriber, entity_key) id, next_attempt_at, lease_until"
                + "       FROM hub_outbox WHERE status = 'PENDING' AND subscriber <> ALL(?)"
                + "       ORDER BY subscriber, entity_key, id) h"
                + "     WHERE h.next_attempt_at <= now() AND (h.lease_until IS NULL OR h.lease_until < now())"
                + "     ORDER BY h.id LIMIT ?)"
                // Checked again on the locked row: another instance may have taken it meanwhile.
                + "   AND o.status = 'PENDING' AND (o.lease_until IS NULL OR o.lease_until < now())"
                + "   FOR UPDATE SKIP LOCKED)"
                + " RETURNING id, message_id, subscriber, entity_key, message_type, payload::text, attempts",
                ENTRY, instance, lease.toMillis() / 1000.0, busy.toArray(String[]::new), limit));
        claimed.sort(java.util.Comparator.comparingLong(OutboxEntry::id));
        return claimed;
    }

    /** Marks entries delivered, in one statement. */
    public void deliveredAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update("UPDATE hub_outbox SET status = 'DELIVERED', delivered_at = now(), attempts = attempts + 1,"
                + " claimed_by = NULL, lease_until = NULL, last_error = NULL WHERE id = ANY(?)",
                (Object) ids.toArray(Long[]::new));
        statistics.wrote(TABLE, ids.size()); // the share of PENDING rows the claim plans on
    }

    public void retryLater(long id, Duration delay, String error) {
        jdbc.update("UPDATE hub_outbox SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ?),"
                + " claimed_by = NULL, lease_until = NULL, last_error = ? WHERE id = ?", delay.toMillis() / 1000.0, error, id);
    }

    public void dead(long id, String error) {
        jdbc.update("UPDATE hub_outbox SET status = 'DEAD', attempts = attempts + 1, claimed_by = NULL,"
                + " lease_until = NULL, last_error = ? WHERE id = ?", error, id);
    }

    /** Puts a dead entry back in line; returns false if it is not dead. */
    public boolean replay(long id) {
        boolean replayed = jdbc.update("UPDATE hub_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = now(),"
                + " last_error = NULL WHERE id = ? AND status = 'DEAD'", id) == 1;
        signal.wakeAfterCommit();
        return replayed;
    }

    public List<java.util.Map<String, Object>> list(String status, String subscriber, int limit) {
        return jdbc.queryForList("SELECT id, message_id, subscriber, entity_key, message_type, status, attempts,"
                + " next_attempt_at, last_error, created_at, delivered_at FROM hub_outbox"
                + " WHERE (CAST(? AS text) IS NULL OR status = ?) AND (CAST(? AS text) IS NULL OR subscriber = ?)"
                + " ORDER BY id DESC LIMIT ?", status, status, subscriber, subscriber, limit);
    }
}
