package io.passerelle.hub.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Boundary events as they were received, and the notices each one queued, for operators to look up. */
@Component
public class EventLog {

    private final JdbcTemplate jdbc;

    public EventLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Map<String, Object>> find(UUID id) {
        return jdbc.queryForList("SELECT id, source_system, source_change_id, message_type AS event_type, entity_key,"
                        + " canonical::text AS event, received_at FROM hub_message WHERE id = ? AND message_type = ANY (?)",
                id, eventTypes()).stream().findFirst();
    }

    /** Each notice with its delivery: status, attempts, last error, and how it was delivered (the adapter's note). */
    public List<Map<String, Object>> notices(UUID id) {
        return jdbc.queryForList("SELECT id, subscriber, message_type, entity_key, payload::text AS payload, status,"
                + " attempts, last_error, created_at, delivered_at, delivered_as"
                + " FROM hub_delivery WHERE message_id = ? ORDER BY id", id);
    }

    public List<Map<String, Object>> list(String type, String entity, int limit) {
        return jdbc.queryForList("SELECT id, source_system, message_type AS event_type, entity_key, received_at,"
                        + " (SELECT count(*) FROM hub_event_impact i WHERE i.message_id = m.id) AS order_lines_hit,"
                        + " (SELECT count(*) FROM hub_delivery d WHERE d.message_id = m.id) AS notices,"
                        + " (SELECT count(*) FROM hub_delivered d WHERE d.message_id = m.id) AS delivered"
                        + " FROM hub_message m WHERE message_type = ANY (?) AND status = 'ACCEPTED'"
                        + " AND (CAST(? AS text) IS NULL OR message_type = ?) AND (CAST(? AS text) IS NULL OR entity_key = ?)"
                        + " ORDER BY received_at DESC LIMIT ?",
                eventTypes(), type, type, entity, entity, Math.min(limit, 1000));
    }

    private static String[] eventTypes() {
        return Subscriptions.EVENT_TYPES.toArray(String[]::new);
    }
}
