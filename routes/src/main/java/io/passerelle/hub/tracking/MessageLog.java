package io.passerelle.hub.tracking;

import io.passerelle.mappings.xref.PlannerStatistics;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The one record of every hop a message takes, searchable by message id and business key. */
@Component
public class MessageLog {

    /**
     * Columns as a map, SQL arrays read into lists while the connection is open: a JDBC array left as is
     * holds on to its connection and cannot be written as JSON.
     */
    private static final RowMapper<Map<String, Object>> ROW = new ColumnMapRowMapper() {
        @Override
        protected Object getColumnValue(ResultSet rs, int index) throws SQLException {
            Object value = super.getColumnValue(rs, index);
            return value instanceof Array array ? List.of((Object[]) array.getArray()) : value;
        }
    };

    private final JdbcTemplate jdbc;

    private final PlannerStatistics statistics;
    private static final PlannerStatistics.Table HOPS = PlannerStatistics.Table.of("hub_message_hop",
            "id", "message_id", "system", "step");

    public MessageLog(JdbcTemplate jdbc, PlannerStatistics statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
    }

    public void hop(UUID messageId, String system, String step, String detail) {
        jdbc.update("INSERT INTO hub_message_hop (message_id, system, step, detail) VALUES (?, ?, ?, ?)",
                messageId, system, step, detail);
    }

    /** One step of a message's way, for {@link #hops(List)}. */
    public record Hop(UUID messageId, String system, String step, String detail) {
    }

    /** Many hops in one statement (a batch's). */
    public void hops(List<Hop> hops) {
        if (hops.isEmpty()) {
            return;
        }
        jdbc.update("INSERT INTO hub_message_hop (message_id, system, step, detail)"
                        + " SELECT h.message_id::uuid, h.system, h.step, h.detail"
                        + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS h(message_id, system, step, detail)",
                hops.stream().map(h -> h.messageId().toString()).toArray(String[]::new),
                hops.stream().map(Hop::system).toArray(String[]::new),
                hops.stream().map(Hop::step).toArray(String[]::new),
                hops.stream().map(Hop::detail).toArray(String[]::new));
        statistics.wrote(HOPS, hops.size());
    }

    public Map<String, Object> message(UUID id) {
        List<Map<String, Object>> rows = jdbc.query("SELECT id, source_system, source_change_id, message_type,"
                + " entity_key, business_keys, canonical::text AS canonical, received_at, status, error"
                + " FROM hub_message WHERE id = ?", ROW, id);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public List<Map<String, Object>> hops(UUID id) {
        // A delivery's hop is its record in hub_delivered, written once rather than twice.
        return jdbc.queryForList("SELECT at, system, step, detail FROM ("
                + " SELECT at, system, step, detail, id AS seq FROM hub_message_hop WHERE message_id = ?"
                + " UNION ALL SELECT delivered_at, subscriber, 'DELIVERED', delivered_as, id FROM hub_delivered"
                + "   WHERE message_id = ?) AS hop ORDER BY at, seq", id, id);
    }

    public List<Map<String, Object>> deliveries(UUID id) {
        return jdbc.queryForList("SELECT id, subscriber, status, attempts, last_error, created_at, delivered_at,"
                + " delivered_as FROM hub_delivery WHERE message_id = ? ORDER BY id", id);
    }

    /** Messages in a status, newest first, from one source system and of one type when they are given. */
    public List<UUID> byStatus(String status, String sourceSystem, String messageType, int limit) {
        return jdbc.queryForList("SELECT id FROM hub_message WHERE status = ?"
                + " AND (CAST(? AS text) IS NULL OR source_system = ?) AND (CAST(? AS text) IS NULL OR message_type = ?)"
                + " ORDER BY received_at DESC LIMIT ?", UUID.class, status, sourceSystem, sourceSystem, messageType,
                messageType, limit);
    }

    public List<UUID> byBusinessKey(String key, int limit) {
        return jdbc.queryForList("SELECT id FROM hub_message WHERE business_keys @> ARRAY[?]::text[]"
                + " ORDER BY received_at DESC LIMIT ?", UUID.class, key, limit);
    }
}
