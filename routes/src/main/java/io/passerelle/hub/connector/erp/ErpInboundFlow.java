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
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ERP interface-table rows into the hub: translated to the canonical model through the conversion
 * tables, then accepted (once per row) — master data fanned out to the systems that receive it, order
 * lines kept in the open-order book, line stoppages raised as boundary events. A row stopped by an
 * unknown code is parked whole and replayed when the code is mapped; a row that cannot be read is
 * refused with its reason, kept for tracking.
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

    /**
     * A claimed batch into the hub. Master data (products, customers) goes in as one set: its new codes
     * learned together, then every row accepted in one transaction, so a batch costs a few statements rather
     * than a dozen per row. Order lines and stoppages go row by row (each may touch the order book or raise an
     * event). Returns, by row id, why each refused row was refused; a row not named is in the hub (accepted,
     * duplicate or parked).
     */
    public Map<Object, String> receiveAll(String system, StagingTable table, List<Map<String, Object>> rows) {
        List<Map<String, Object>> batch = rows.stream().map(ErpInboundFlow::plain).toList();
        Map<Object, String> refused = new LinkedHashMap<>();
        if (table == StagingTable.PRODUCT || table == StagingTable.CUSTOMER) {
            if (table == StagingTable.PRODUCT) {
                products.learnAll(batch, system, table.flow);
            }
            List<InboundChange> changes = new ArrayList<>();
            for (Map<String, Object> values : batch) {
                intoHub(system, table, values, changeId -> changes.add(masterDataChange(system, table, values, changeId)))
                        .ifPresent(reason -> refused.put(values.get("id"), reason));
            }
            ingress.acceptAll(changes);
        } else {
            for (Map<String, Object> values : batch) {
                intoHub(system, table, values, changeId -> accept(system, table, values, changeId))
                        .ifPresent(reason -> refused.put(values.get("id"), reason));
            }
        }
        return refused;
    }

    /**
     * Hands one row to {@code accept} under its change id; a row stopped by an unknown code is parked (or
     * refused, as the domain's policy says), an unreadable one refused, both tracked. Returns the reason of
     * a refusal.
     */
    private Optional<String> intoHub(String system, StagingTable table, Map<String, Object> values,
                                     Consumer<String> accept) {
        String changeId = table.table + ":" + values.get("id");
        String entity = "erp:" + values.get(table.entityColumn);
        try {
            accept.accept(changeId);
            return Optional.empty();
        } catch (UnmappedCodeException unknown) {
            if (unknown.mustPark()) {
                parking.park(unknown, changeId, CanonicalJson.write(values), Map.of("system", system, "table", table.table));
                ingress.refuse(system, changeId, table.messageType, entity, List.of(), true, unknown.getMessage());
                return Optional.empty();
            }
            return Optional.of(refuse(system, table, changeId, entity, unknown.getMessage()));
        } catch (ErpRowException | CanonicalValidationException invalid) {
            return Optional.of(refuse(system, table, changeId, entity, invalid.getMessage()));
        } catch (org.springframework.dao.DataAccessException transientOrNot) {
            // The hub's database, not the row: the batch stays claimed and is taken again when its lease expires.
            throw transientOrNot;
        } catch (RuntimeException unexpected) {
            // Not this row's fault perhaps, but one row must not hold up its batch forever: refused, kept, said.
            log.error("{} {}: unexpected failure", system, changeId, unexpected);
            return Optional.of(refuse(system, table, changeId, entity,
                    unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage()));
        }
    }

    private String refuse(String system, StagingTable table, String changeId, String entity, String reason) {
        ingress.refuse(system, changeId, table.messageType, entity, List.of(), false, reason);
        log.warn("{} {} refused: {}", system, changeId, reason);
        return reason;
    }

    private void accept(String system, StagingTable table, Map<String, Object> row, String changeId) {
        switch (table) {
            case PRODUCT, CUSTOMER -> ingress.accept(masterDataChange(system, table, row, changeId));
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

    private InboundChange masterDataChange(String system, StagingTable table, Map<String, Object> row, String changeId) {
        if (table == StagingTable.PRODUCT) {
            Product product = products.toCanonical(row, system, table.flow);
            List<String> keys = new ArrayList<>(List.of("product:" + product.id(),
                    system + "-material:" + row.get("material_number")));
            if (product.gtin() != null) {
                keys.add("gtin:" + product.gtin());
            }
            return new InboundChange(system, changeId, table.messageType, "product:" + product.id(), keys, product);
        }
        Customer customer = customers.toCanonical(row, system, table.flow);
        List<String> keys = new ArrayList<>(List.of("customer:" + customer.id(), system + "-sold-to:" + row.get("sold_to")));
        if (customer.gln() != null) {
            keys.add("gln:" + customer.gln());
        }
        if (customer.vatNumber() != null) {
            keys.add("vat:" + customer.vatNumber());
        }
        return new InboundChange(system, changeId, table.messageType, "customer:" + customer.id(), keys, customer);
    }

    /**
     * The hub's own bookkeeping on an interface row (its claim, its outcome): not the record's data. Left out of what
     * is translated, parked and shown to stewards as a sample, where it only said "CLAIMED by pid@host until ...".
     */
    private static final Set<String> CLAIM_COLUMNS = Set.of("status", "claimed_by", "lease_until", "processed_at", "error");

    /** The row's data as text, so a parked row reads back exactly as it was claimed. */
    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        // Instants as ISO-8601: a java.sql.Timestamp prints in the JVM's zone without saying which.
        row.forEach((column, value) -> {
            if (!CLAIM_COLUMNS.contains(column)) {
                values.put(column, value == null ? null
                        : value instanceof Timestamp timestamp ? timestamp.toInstant().toString() : value.toString());
            }
        });
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
