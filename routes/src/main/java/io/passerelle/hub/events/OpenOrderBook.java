package io.passerelle.hub.events;

import io.passerelle.mappings.erp.ErpOrderLine;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The open orders the hub knows of, in canonical codes, kept from the order lines the system of record
 * for orders publishes. Events ask it which lines they hit.
 */
@Component
public class OpenOrderBook {

    private static final String COLUMNS = "source_system, order_number, line_number, customer_order_number,"
            + " customer_id, product_id, order_date, currency, quantity, unit, requested_date, promised_date";

    private static final RowMapper<OpenOrder> ORDER = (rs, row) -> new OpenOrder(rs.getString("source_system"),
            rs.getString("order_number"), rs.getInt("line_number"), rs.getString("customer_order_number"),
            rs.getString("customer_id"), rs.getString("product_id"), rs.getObject("order_date", LocalDate.class),
            rs.getString("currency"), rs.getBigDecimal("quantity"), rs.getString("unit"),
            rs.getObject("requested_date", LocalDate.class), rs.getObject("promised_date", LocalDate.class));

    private final JdbcTemplate jdbc;

    public OpenOrderBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new version of a line replaces the old one; a closed line stays, no longer open. */
    public void record(String sourceSystem, ErpOrderLine line) {
        jdbc.update("INSERT INTO hub_open_order_line (" + COLUMNS + ", line_status, open)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (source_system, order_number, line_number) DO UPDATE SET"
                        + " customer_order_number = EXCLUDED.customer_order_number, customer_id = EXCLUDED.customer_id,"
                        + " product_id = EXCLUDED.product_id, order_date = EXCLUDED.order_date,"
                        + " currency = EXCLUDED.currency, quantity = EXCLUDED.quantity, unit = EXCLUDED.unit,"
                        + " requested_date = EXCLUDED.requested_date, promised_date = EXCLUDED.promised_date,"
                        + " line_status = EXCLUDED.line_status, open = EXCLUDED.open, updated_at = now()",
                sourceSystem, line.orderNumber(), line.lineNumber(), line.customerOrderNumber(), line.customerId(),
                line.productId(), line.orderDate(), line.currency(), line.quantity(), line.unit(),
                line.requestedDate(), line.promisedDate(), line.lineStatus(), line.open());
    }

    /** Open lines for these products the customer expects between two days, both included. */
    public List<OpenOrder> expectedBetween(Collection<String> productIds, LocalDate from, LocalDate to) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM hub_open_order_line WHERE open AND product_id = ANY (?)"
                        + " AND coalesce(promised_date, requested_date) BETWEEN ? AND ?"
                        + " ORDER BY customer_id, order_number, line_number", ORDER,
                productIds.toArray(String[]::new), from, to);
    }

    /** Open lines for a product the customer expects before a day (a launch moved later). */
    public List<OpenOrder> expectedBefore(String productId, LocalDate day) {
        return jdbc.query("SELECT " + COLUMNS + " FROM hub_open_order_line WHERE open AND product_id = ?"
                + " AND coalesce(promised_date, requested_date) < ?"
                + " ORDER BY customer_id, order_number, line_number", ORDER, productId, day);
    }

    /** Open lines for a product the customer expects after a day (a product withdrawn). */
    public List<OpenOrder> expectedAfter(String productId, LocalDate day) {
        return jdbc.query("SELECT " + COLUMNS + " FROM hub_open_order_line WHERE open AND product_id = ?"
                + " AND coalesce(promised_date, requested_date) > ?"
                + " ORDER BY customer_id, order_number, line_number", ORDER, productId, day);
    }
}
