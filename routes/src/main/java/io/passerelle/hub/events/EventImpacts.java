package io.passerelle.hub.events;

import io.passerelle.canonical.notice.AffectedOrderLine;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The order lines each event moved, kept so that the impact can be shown and a stoppage's end followed up. */
@Component
public class EventImpacts {

    private final JdbcTemplate jdbc;

    public EventImpacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void store(UUID messageId, String eventType, String entityKey, String correlation, List<Hit> hits) {
        jdbc.batchUpdate("INSERT INTO hub_event_impact (message_id, event_type, entity_key, correlation, source_system,"
                        + " order_number, line_number, customer_order_number, customer_id, product_id, quantity, unit,"
                        + " previous_date, new_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                hits.stream().map(hit -> new Object[] {messageId, eventType, entityKey, correlation,
                        hit.order().sourceSystem(), hit.order().orderNumber(), hit.order().lineNumber(),
                        hit.order().customerOrderNumber(), hit.order().customerId(), hit.order().productId(),
                        hit.order().quantity(), hit.order().unit(), hit.order().expectedDate(), hit.newDate()})
                        .toList());
    }

    /**
     * The lines an earlier event of the same correlation (a stoppage's declaration) moved, with the promise
     * they had before it: the follow-up restores or re-dates from there.
     */
    public List<OpenOrder> movedEarlier(String correlation, String eventType) {
        return jdbc.query("SELECT DISTINCT ON (source_system, order_number, line_number) i.*, o.order_date, o.currency,"
                        + " o.requested_date FROM hub_event_impact i JOIN hub_open_order_line o USING (source_system,"
                        + " order_number, line_number) WHERE i.correlation = ? AND i.event_type = ?"
                        + " ORDER BY source_system, order_number, line_number, i.id",
                (rs, row) -> new OpenOrder(rs.getString("source_system"), rs.getString("order_number"),
                        rs.getInt("line_number"), rs.getString("customer_order_number"), rs.getString("customer_id"),
                        rs.getString("product_id"), rs.getObject("order_date", LocalDate.class),
                        rs.getString("currency"), rs.getBigDecimal("quantity"), rs.getString("unit"),
                        rs.getObject("requested_date", LocalDate.class), rs.getObject("previous_date", LocalDate.class)),
                correlation, eventType);
    }

    public List<Map<String, Object>> of(UUID messageId) {
        return jdbc.queryForList("SELECT customer_id, order_number, customer_order_number, line_number, product_id,"
                + " quantity, unit, previous_date, new_date FROM hub_event_impact WHERE message_id = ?"
                + " ORDER BY customer_id, order_number, line_number", messageId);
    }

    /** An order line an event moves, and the date it moves it to (null: it cannot be delivered at all). */
    public record Hit(OpenOrder order, LocalDate newDate) {

        AffectedOrderLine affected() {
            return order.movedTo(newDate);
        }
    }
}
