package io.passerelle.hub.events;

import io.passerelle.canonical.Customer;
import io.passerelle.canonical.Order;
import io.passerelle.canonical.OrderLine;
import io.passerelle.canonical.OrderLineStatus;
import io.passerelle.canonical.OrderStatus;
import io.passerelle.canonical.PartyReference;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.ProductLifecycle;
import io.passerelle.canonical.ProductReference;
import io.passerelle.canonical.ProductStatus;
import io.passerelle.canonical.Promotion;
import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.event.LaunchDateChanged;
import io.passerelle.canonical.event.ProductWithdrawn;
import io.passerelle.canonical.event.PromotionCancelled;
import io.passerelle.canonical.notice.CatalogueUpdate;
import io.passerelle.hub.events.EventFilter.Scope;
import io.passerelle.hub.events.EventImpacts.Hit;
import io.passerelle.hub.system.EdiPartnerProfile;
import io.passerelle.hub.system.SystemDeclaration;
import io.passerelle.mappings.xref.ConversionTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a trading partner hears of an event: an order response for each of its own orders the event moves
 * (the new date per line, before the old one passes), and catalogue updates for the products whose
 * availability moves or whose promotion is offered to it. The partner is its customer record, found by the
 * GLN of its profile.
 */
@Component
public class PartnerNotices {

    public static final String ORDER_RESPONSE = "OrderResponse";
    public static final String CATALOGUE_UPDATE = "CatalogueUpdate";

    private static final Logger log = LoggerFactory.getLogger(PartnerNotices.class);

    private final ConversionTables tables;
    private final CanonicalRecords records;

    public PartnerNotices(ConversionTables tables, CanonicalRecords records) {
        this.tables = tables;
        this.records = records;
    }

    List<Notice> notices(String partner, SystemDeclaration system, UUID eventId, BoundaryEvent event, Scope scope) {
        EdiPartnerProfile profile = system.edi();
        Optional<String> customer = tables.canonicalByNaturalKey("customer", "gln", profile.gln());
        List<Notice> notices = new ArrayList<>();
        customer.ifPresent(id -> notices.addAll(orderResponses(partner, profile, id, scope.hits())));
        if (event instanceof LaunchDateChanged || event instanceof ProductWithdrawn) {
            for (String product : scope.products()) {
                catalogueUpdate(eventId, event, product, null).ifPresent(update ->
                        notices.add(new Notice(partner, "product:" + product, CATALOGUE_UPDATE, update)));
            }
        }
        if (scope.promotion().isPresent() && offeredTo(scope.promotion().get(), customer)) {
            for (String product : scope.products()) {
                catalogueUpdate(eventId, event, product, scope.promotion().get()).ifPresent(update ->
                        notices.add(new Notice(partner, "product:" + product, CATALOGUE_UPDATE, update)));
            }
        }
        return notices;
    }

    private List<Notice> orderResponses(String partner, EdiPartnerProfile profile, String customer, List<Hit> hits) {
        Map<String, List<Hit>> byOrder = hits.stream().filter(hit -> hit.order().customerId().equals(customer))
                .collect(Collectors.groupingBy(hit -> hit.order().sourceSystem() + ":" + hit.order().orderNumber(),
                        LinkedHashMap::new, Collectors.toList()));
        List<Notice> notices = new ArrayList<>();
        byOrder.forEach((key, orderHits) -> {
            OpenOrder first = orderHits.get(0).order();
            List<OrderLine> lines = orderHits.stream().map(this::line).toList();
            String number = first.customerOrderNumber() != null ? first.customerOrderNumber() : first.orderNumber();
            Order response = new Order(number, new PartyReference(customer, profile.gln()),
                    new PartyReference(null, profile.ourGln()), first.orderDate(), first.currency(),
                    OrderStatus.CONFIRMED, lines);
            notices.add(new Notice(partner, "order:" + key, ORDER_RESPONSE, response));
        });
        return notices;
    }

    private OrderLine line(Hit hit) {
        OpenOrder order = hit.order();
        String gtin = records.product(order.productId()).map(Product::gtin).orElse(null);
        LocalDate requested = order.requestedDate() != null ? order.requestedDate() : order.expectedDate();
        return new OrderLine(order.lineNumber(), new ProductReference(order.productId(), gtin), order.quantity(),
                order.unit(), requested, hit.newDate(),
                hit.newDate() == null ? OrderLineStatus.REJECTED : OrderLineStatus.RESCHEDULED);
    }

    private boolean offeredTo(Promotion promotion, Optional<String> customer) {
        if (customer.isEmpty()) {
            return false;
        }
        if (promotion.customerIds().contains(customer.get())) {
            return true;
        }
        return promotion.segment() != null && records.customer(customer.get()).map(Customer::segment)
                .filter(promotion.segment()::equals).isPresent();
    }

    private Optional<CatalogueUpdate> catalogueUpdate(UUID eventId, BoundaryEvent event, String productId,
                                                      Promotion promotion) {
        Optional<Product> known = records.product(productId);
        if (known.isEmpty()) {
            log.warn("{} about product {}: no catalogue update, the hub has no record of that product",
                    event.type(), productId);
            return Optional.empty();
        }
        Product product = known.get();
        ProductLifecycle lifecycle = product.lifecycle();
        if (event instanceof LaunchDateChanged e) {
            lifecycle = new ProductLifecycle(lifecycle.status(), e.newLaunchDate(), lifecycle.withdrawalDate());
        } else if (event instanceof ProductWithdrawn e) {
            lifecycle = new ProductLifecycle(ProductStatus.PHASING_OUT, lifecycle.launchDate(), e.withdrawalDate());
        }
        Product updated = new Product(product.id(), product.gtin(), product.description(), product.unit(), lifecycle);
        return Optional.of(new CatalogueUpdate(eventId + ":" + productId, event.type(), updated, promotion,
                event instanceof PromotionCancelled));
    }
}
