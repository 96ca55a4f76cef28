package io.passerelle.hub.connector.erp;

import io.passerelle.canonical.CanonicalJsonException;
import io.passerelle.canonical.Order;
import io.passerelle.canonical.OrderLine;
import io.passerelle.canonical.notice.PlanningNotice;
import io.passerelle.mappings.xref.CodeTranslator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.function.Function;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.Customer;
import io.passerelle.hub.delivery.DeliveryFailure;
import io.passerelle.hub.delivery.DeliveryOutcome;
import io.passerelle.hub.delivery.OutboundAdapter;
import io.passerelle.hub.delivery.OutboxEntry;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.SystemDeclaration;
import io.passerelle.mappings.erp.ErpCustomerTranslator;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes canonical customers into the ERP's from_hub_customer interface table, orders (from trading
 * partners) into from_hub_order_line and planning notices into from_hub_planning_notice, in the ERP's codes, one batch per statement and table. The outbox entry id is unique there, so a delivery retried after a crash
 * never writes a row twice.
 */
@Component
public class ErpStagingAdapter implements OutboundAdapter {

    private final ErpDatabases databases;
    private final ErpCustomerTranslator customers;
    private final CodeTranslator codes;

    public ErpStagingAdapter(ErpDatabases databases, ErpCustomerTranslator customers, CodeTranslator codes) {
        this.databases = databases;
        this.customers = customers;
        this.codes = codes;
    }

    @Override
    public ConnectorType type() {
        return ConnectorType.ERP_STAGING_TABLES;
    }

    @Override
    public List<DeliveryOutcome> deliverAll(String systemName, SystemDeclaration system, List<OutboxEntry> entries) {
        Map<Long, DeliveryOutcome> outcomes = new LinkedHashMap<>();
        List<OutboxEntry> customerEntries = new ArrayList<>();
        List<OutboxEntry> noticeEntries = new ArrayList<>();
        List<OutboxEntry> orderEntries = new ArrayList<>();
        for (OutboxEntry entry : entries) {
            switch (entry.messageType()) {
                case "Customer" -> customerEntries.add(entry);
                case "PlanningNotice" -> noticeEntries.add(entry);
                case "Order" -> orderEntries.add(entry);
                default -> outcomes.put(entry.id(), DeliveryOutcome.failed(entry, DeliveryFailure.permanent(
                        "the ERP interface tables take customers, orders and planning notices, not "
                                + entry.messageType(), null)));
            }
        }
        String schema = system.stagingTables().schema();
        write(systemName, schema + ".from_hub_customer", CUSTOMER_COLUMNS, customerEntries,
                entry -> List.<Object[]>of(customerRow(systemName, entry)), outcomes);
        write(systemName, schema + ".from_hub_planning_notice", NOTICE_COLUMNS, noticeEntries,
                entry -> List.<Object[]>of(noticeRow(systemName, entry)), outcomes);
        write(systemName, schema + ".from_hub_order_line", ORDER_COLUMNS, orderEntries,
                entry -> orderRows(systemName, entry), outcomes);
        return entries.stream().map(e -> outcomes.get(e.id())).toList();
    }

    private static final String CUSTOMER_COLUMNS = "canonical_id, sold_to, name, gln, vat_number, segment, service_class,"
            + " street, postal_code, city, country";
    private static final String NOTICE_COLUMNS = "notice_id, event_type, material_number, period_start, period_end,"
            + " uplift_percent, note";

    private static final String ORDER_COLUMNS = "customer_order_number, line_number, sold_to, order_date, currency,"
            + " material_number, quantity, unit, requested_date";

    /** One row per order line, in the ERP's codes: its sold-to, material numbers and units. */
    private List<Object[]> orderRows(String systemName, OutboxEntry entry) {
        Order order = CanonicalJson.read(entry.payload(), Order.class);
        String flow = "erp-orders-out";
        String soldTo = codes.toExternal("customer", systemName, order.buyer().id(), flow);
        String currency = codes.toExternal("currency", systemName, order.currency(), flow);
        List<Object[]> rows = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            rows.add(new Object[] {order.orderNumber(), line.lineNumber(), soldTo, order.orderDate(), currency,
                    codes.toExternal("product", systemName, line.product().productId(), flow), line.quantity(),
                    codes.toExternal("unit-of-measure", systemName, line.unit(), flow), line.requestedDeliveryDate()});
        }
        return rows;
    }

    private Object[] customerRow(String systemName, OutboxEntry entry) {
        Map<String, Object> c = customers.toErpColumns(CanonicalJson.read(entry.payload(), Customer.class),
                systemName, "erp-customers-out");
        return new Object[] {c.get("canonical_id"), c.get("sold_to"), c.get("name"), c.get("gln"), c.get("vat_number"),
                c.get("segment"), c.get("service_class"), c.get("street"), c.get("postal_code"), c.get("city"),
                c.get("country")};
    }

    private Object[] noticeRow(String systemName, OutboxEntry entry) {
        PlanningNotice notice = CanonicalJson.read(entry.payload(), PlanningNotice.class);
        String material = codes.toExternal("product", systemName, notice.productId(), "erp-planning-notices");
        return new Object[] {notice.noticeId(), notice.eventType(), material, notice.periodStart(), notice.periodEnd(),
                notice.upliftPercent(), notice.note()};
    }

    /**
     * Rows for one interface table in one statement, each keyed by its outbox entry: a row that cannot be
     * translated fails alone, the table being unreachable fails them all for a retry.
     */
    private void write(String systemName, String table, String columns, List<OutboxEntry> entries,
                       Function<OutboxEntry, List<Object[]>> row, Map<Long, DeliveryOutcome> outcomes) {
        List<OutboxEntry> writable = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (OutboxEntry entry : entries) {
            try {
                for (Object[] values : row.apply(entry)) {
                    Object[] keyed = new Object[values.length + 2];
                    keyed[0] = entry.messageId();
                    keyed[1] = entry.id();
                    System.arraycopy(values, 0, keyed, 2, values.length);
                    rows.add(keyed);
                }
                writable.add(entry);
            } catch (UnmappedCodeException | IllegalArgumentException | CanonicalJsonException e) {
                outcomes.put(entry.id(), DeliveryOutcome.failed(entry, DeliveryFailure.permanent(e.getMessage(), e)));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        String placeholders = String.join(", ", Collections.nCopies(rows.get(0).length, "?"));
        try {
            new JdbcTemplate(databases.of(systemName)).batchUpdate("INSERT INTO " + table + " (hub_message_id,"
                    + " hub_outbox_id, " + columns + ") VALUES (" + placeholders + ") ON CONFLICT DO NOTHING",
                    rows);
            writable.forEach(entry -> outcomes.put(entry.id(), DeliveryOutcome.delivered(entry, "row in " + table)));
        } catch (DataAccessException e) {
            DeliveryFailure failure = DeliveryFailure.retriable("ERP database: " + e.getMostSpecificCause().getMessage(), e);
            writable.forEach(entry -> outcomes.put(entry.id(), DeliveryOutcome.failed(entry, failure)));
        }
    }
}
