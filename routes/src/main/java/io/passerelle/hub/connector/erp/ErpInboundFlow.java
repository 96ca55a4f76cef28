package io.passerelle.hub.connector.erp;

import com.fasterxml.jackson.core.type.TypeReference;
import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.Customer;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.validation.CanonicalValidationException;
import io.passerelle.hub.events.BoundaryEvents;
import io.passerelle.hub.events.OpenOrderBook;
import io.passerelle.hub.events.OrderConfirmations;
import io.passerelle.hub.ingress.HubIngress;
import io.passerelle.hub.ingress.InboundChange;
import io.passerelle.mappings.erp.ErpCustomerTranslator;
import io.passerelle.mappings.erp.ErpOrderLine;
import io.passerelle.mappings.erp.ErpOrderLineTranslator;
import io.passerelle.mappings.erp.ErpProductTranslator;
import io.passerelle.mappings.erp.ErpRowException;
import io.passerelle.mappings.erp.ErpStoppageTranslator;
import io.passerelle.mappings.xref.ParkingLot;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One ERP interface-table row into the hub: translated to the canonical model through the conversion
 * tables, then accepted (once per row) — master data fanned out to the systems that receive it, order
 * lines kept in the open-order book, line stoppages raised as boundary events. A row stopped by an unknown code is parked whole and replayed
 * when the code is mapped; a row that cannot be read is refused with its reason, kept for tracking.
 */
@Component
public class ErpInboundFlow {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ErpInboundFlow.class);

    private final ErpProductTranslator products;
    private final ErpCustomerTranslator customers;
    private final ErpOrderLineTranslator orderLines;
    private final ErpStoppageTranslator stoppages;
    private final HubIngress ingress;
    private final OpenOrderBook orderBook;
    private final BoundaryEvents events;
    private final OrderConfirmations confirmations;
    private final TransactionTemplate transaction;
    private final ParkingLot parking;

    public ErpInboundFlow(ErpProductTranslator products, ErpCustomerTranslator customers,
                          ErpOrderLineTranslator orderLines, ErpStoppageTranslator stoppages, HubIngress ingress,
                          OpenOrderBook orderBook, BoundaryEvents events, OrderConfirmations confirmations,
                          TransactionTemplate transaction, ParkingLot parking) {
        this.confirmations = confirmations;
        this.products = products;
        this.customers = customers;
        this.orderLines = orderLines;
        this.stoppages = stoppages;
        this.orderBook = orderBook;
        this.events = events;
        this.transaction = transaction;
        this.ingress = ingress;
        this.parking = parking;
        for (StagingTable table : StagingTable.values()) {
            parking.register(table.flow, message -> accept(message.headers().get("system"), table,
                    readRow(message.body()), message.messageId()));
        }
    }

    /** Returns normally when the row is in the hub (accepted, duplicate or parked); throws when it is refused. */
    public void receive(String system, StagingTable table, Map<String, Object> row) {
        Map<String, Object> values = plain(row);
        String changeId = table.table + ":" + values.get("id");
        try {
            accept(system, table, values, changeId);
        } catch (UnmappedCodeException unknown) {
            String entity = "erp:" + values.get(table.entityColumn);
            if (!unknown.mustPark()) {
                ingress.refuse(system, changeId, table.messageType, entity, List.of(), false, unknown.getMessage());
                log.warn("{} {} refused: {}", system, changeId, unknown.getMessage());
                throw unknown;
            }
            parking.park(unknown, changeId, CanonicalJson.write(values), Map.of("system", system, "table", table.table));
            ingress.refuse(system, changeId, table.messageType, entity, List.of(), true, unknown.getMessage());
        } catch (ErpRowException | CanonicalValidationException invalid) {
            ingress.refuse(system, changeId, table.messageType, "erp:" + values.get(table.entityColumn), List.of(),
                    false, invalid.getMessage());
            log.warn("{} {} refused: {}", system, changeId, invalid.getMessage());
            throw invalid;
        }
    }

    private void accept(String system, StagingTable table, Map<String, Object> row, String changeId) {
        switch (table) {
            case PRODUCT -> {
                Product product = products.toCanonical(row, system, table.flow);
                List<String> keys = new ArrayList<>(List.of("product:" + product.id(),
                        system + "-material:" + row.get("material_number")));
                if (product.gtin() != null) {
                    keys.add("gtin:" + product.gtin());
                }
                ingress.accept(new InboundChange(system, changeId, table.messageType, "product:" + product.id(), keys,
                        product));
            }
            case CUSTOMER -> {
                Customer customer = customers.toCanonical(row, system, table.flow);
                List<String> keys = new ArrayList<>(List.of("customer:" + customer.id(),
                        system + "-sold-to:" + row.get("sold_to")));
                if (customer.gln() != null) {
                    keys.add("gln:" + customer.gln());
                }
                if (customer.vatNumber() != null) {
                    keys.add("vat:" + customer.vatNumber());
                }
                ingress.accept(new InboundChange(system, changeId, table.messageType, "customer:" + customer.id(), keys,
                        customer));
            }
            case ORDER_LINE -> {
                ErpOrderLine line = orderLines.toCanonical(row, system, table.flow);
                List<String> keys = new ArrayList<>(List.of("order:" + line.orderNumber(),
                        "customer:" + line.customerId(), "product:" + line.productId()));
                if (line.customerOrderNumber() != null) {
                    keys.add("order:" + line.customerOrderNumber());
                }
                InboundChange change = new InboundChange(system, changeId, table.messageType,
                        "order:" + system + ":" + line.orderNumber(), keys, line);
                transaction.executeWithoutResult(status -> ingress.record(change).ifPresent(id -> {
                    orderBook.record(system, line);
                    confirmations.confirmed(id, line);
                }));
            }
            case LINE_STOPPAGE -> events.accept(system, changeId, stoppages.toCanonical(row, system, table.flow));
        }
    }

    /** JDBC values as text, so a parked row reads back exactly as it was claimed. */
    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        // Instants as ISO-8601: a java.sql.Timestamp prints in the JVM's zone without saying which.
        row.forEach((column, value) -> values.put(column, value == null ? null
                : value instanceof Timestamp timestamp ? timestamp.toInstant().toString() : value.toString()));
        return values;
    }

    private static Map<String, Object> readRow(String json) {
        try {
            return CanonicalJson.mapper().readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable parked ERP row: " + e.getMessage(), e);
        }
    }
}
