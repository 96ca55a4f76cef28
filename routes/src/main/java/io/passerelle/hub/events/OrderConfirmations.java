package io.passerelle.hub.events;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.Order;
import io.passerelle.canonical.OrderLine;
import io.passerelle.canonical.OrderLineStatus;
import io.passerelle.canonical.OrderStatus;
import io.passerelle.canonical.PartyReference;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.ProductReference;
import io.passerelle.hub.delivery.Outbox;
import io.passerelle.hub.system.ConnectedSystems;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.EdiPartnerProfile;
import io.passerelle.mappings.erp.ErpOrderLine;
import io.passerelle.mappings.xref.ConversionTables;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * When the system of record for orders confirms a trading partner's order line (accepted, rescheduled or
 * rejected, with its promised date), the partner gets an order response quoting its own order number:
 * queued in the same transaction as the line is recorded. Partners that receive {@code OrderResponse}
 * (config/systems.yml) are told; the partner is known by its GLN, the natural key of its customer record.
 */
@Component
public class OrderConfirmations {

    private static final Set<String> CONFIRMED = Set.of(OrderLineStatus.ACCEPTED.name(),
            OrderLineStatus.RESCHEDULED.name(), OrderLineStatus.REJECTED.name());

    private final ConnectedSystems systems;
    private final ConversionTables tables;
    private final CanonicalRecords records;
    private final Outbox outbox;

    public OrderConfirmations(ConnectedSystems systems, ConversionTables tables, CanonicalRecords records, Outbox outbox) {
        this.systems = systems;
        this.tables = tables;
        this.records = records;
        this.outbox = outbox;
    }

    /** Call inside the transaction that records the line. */
    public void confirmed(UUID messageId, ErpOrderLine line) {
        if (line.customerOrderNumber() == null || !CONFIRMED.contains(line.lineStatus())) {
            return;
        }
        systems.systems().forEach((name, system) -> {
            if (system.type() != ConnectorType.EDI_PARTNER || !system.receives(PartnerNotices.ORDER_RESPONSE)) {
                return;
            }
            EdiPartnerProfile profile = system.edi();
            boolean ours = tables.canonicalByNaturalKey("customer", "gln", profile.gln())
                    .filter(line.customerId()::equals).isPresent();
            if (ours) {
                outbox.enqueue(messageId, name, "order:" + name + ":" + line.customerOrderNumber(),
                        PartnerNotices.ORDER_RESPONSE, CanonicalJson.write(response(line, profile)));
            }
        });
    }

    private Order response(ErpOrderLine line, EdiPartnerProfile profile) {
        String gtin = records.product(line.productId()).map(Product::gtin).orElse(null);
        OrderLineStatus status = OrderLineStatus.valueOf(line.lineStatus());
        OrderLine confirmed = new OrderLine(line.lineNumber(), new ProductReference(line.productId(), gtin),
                line.quantity(), line.unit(), line.requestedDate() != null ? line.requestedDate() : line.promisedDate(),
                status == OrderLineStatus.REJECTED ? null : line.promisedDate(), status);
        return new Order(line.customerOrderNumber(), new PartyReference(line.customerId(), profile.gln()),
                new PartyReference(null, profile.ourGln()), line.orderDate(), line.currency(),
                status == OrderLineStatus.REJECTED ? OrderStatus.CANCELLED : OrderStatus.CONFIRMED, List.of(confirmed));
    }
}
