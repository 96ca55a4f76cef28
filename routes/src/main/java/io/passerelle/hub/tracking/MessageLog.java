package io.passerelle.hub.tracking;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The one record of every hop a message takes, searchable by message id and business key. */
@Component
public class MessageLog {

    private final JdbcTemplate jdbc;

    public MessageLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void hop(UUID messageId, String system, String step, String detail) {
        jdbc.update("INSERT INTO hub_message_hop (message_id, system, step, detail) VALUES (?, ?, ?, ?)",
                messageId, system, step, detail);
    }

    public Map<String, Object> message(UUID id) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT id, source_system, source_change_id, message_type,"
                + " entity_key, business_keys, canonical::text AS canonical, received_at, status, error"
                + " FROM hub_message WHERE id = ?", id);
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, Object> message = new java.util.LinkedHashMap<>(rows.get(0));
        // A JDBC array is a live driver object that JSON cannot carry: hand out its values.
        if (message.get("business_keys") instanceof java.sql.Array keys) {
            try {
                message.put("business_keys", List.of((Object[]) keys.getArray()));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot read the business keys of message " + id, e);
            }
        }
        return message;
    }

    public List<Map<String, Object>> hops(UUID id) {
        return jdbc.queryForList("SELECT at, system, step, detail FROM hub_message_hop WHERE message_id = ? ORDER BY id", id);
    }

    public List<Map<String, Object>> deliveries(UUID id) {
        return jdbc.queryForList("SELECT id, subscriber, status, attempts, last_error, created_at, delivered_at"
                + " FROM hub_outbox WHERE message_id = ? ORDER BY id", id);
    }

    public List<UUID> byBusinessKey(String key, int limit) {
        return jdbc.queryForList("SELECT id FROM hub_message WHERE business_keys @> ARRAY[?]::text[]"
                + " ORDER BY received_at DESC LIMIT ?", UUID.class, key, limit);
    }
}
