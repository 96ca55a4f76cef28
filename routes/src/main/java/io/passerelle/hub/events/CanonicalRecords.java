package io.passerelle.hub.events;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.Customer;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.Promotion;
import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.event.EntityKeys;
import io.passerelle.canonical.event.LineStoppageDeclared;
import io.passerelle.canonical.event.PromotionChanged;
import io.passerelle.canonical.event.PromotionPlanned;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The latest accepted canonical form of a product or customer, as the hub last received it (remembered
 * for up to two seconds: a burst of events names the same records over and over).
 */
@Component
public class CanonicalRecords {

    private static final Duration REMEMBERED = Duration.ofSeconds(2);

    private final JdbcTemplate jdbc;
    private final ExpiringLookup<String, Optional<Product>> products;
    private final ExpiringLookup<String, Optional<Customer>> customers;

    public CanonicalRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.products = new ExpiringLookup<>(id -> latest(EntityKeys.product(id), "Product")
                .map(json -> CanonicalJson.read(json, Product.class)), REMEMBERED);
        this.customers = new ExpiringLookup<>(id -> latest("customer:" + id, "Customer")
                .map(json -> CanonicalJson.read(json, Customer.class)), REMEMBERED);
    }

    public Optional<Product> product(String productId) {
        return products.get(productId);
    }

    /** The products of these ids that the hub has received, in one query for those not remembered. */
    public Map<String, Product> products(Collection<String> productIds) {
        Map<String, Product> found = new HashMap<>();
        products.getAll(productIds, this::latestProducts).forEach((id, product) -> product.ifPresent(p -> found.put(id, p)));
        return found;
    }

    public Optional<Customer> customer(String customerId) {
        return customers.get(customerId);
    }

    /** A promotion as its last PromotionPlanned or PromotionChanged event described it. */
    public Optional<Promotion> promotion(String promotionId) {
        List<String> found = jdbc.queryForList("SELECT canonical::text FROM hub_message WHERE entity_key = ?"
                + " AND message_type IN ('PromotionPlanned', 'PromotionChanged') AND status = 'ACCEPTED'"
                + " ORDER BY received_at DESC LIMIT 1", String.class, EntityKeys.promotion(promotionId));
        return found.stream().findFirst().map(json -> CanonicalJson.read(json, BoundaryEvent.class)).map(event ->
                event instanceof PromotionPlanned planned ? planned.promotion() : ((PromotionChanged) event).promotion());
    }

    /** The declaration of a line stoppage, by the upstream system's stoppage id. */
    public Optional<LineStoppageDeclared> stoppageDeclaration(String stoppageId) {
        List<String> found = jdbc.queryForList("SELECT canonical::text FROM hub_message WHERE message_type ="
                + " 'LineStoppageDeclared' AND status = 'ACCEPTED' AND canonical->>'stoppageId' = ?"
                + " ORDER BY received_at DESC LIMIT 1", String.class, stoppageId);
        return found.stream().findFirst().map(json -> CanonicalJson.read(json, LineStoppageDeclared.class));
    }

    private Map<String, Optional<Product>> latestProducts(Set<String> productIds) {
        Map<String, Optional<Product>> found = new HashMap<>();
        jdbc.query("SELECT DISTINCT ON (entity_key) entity_key, canonical::text FROM hub_message"
                        + " WHERE entity_key = ANY(?) AND message_type = 'Product' AND status = 'ACCEPTED'"
                        + " ORDER BY entity_key, received_at DESC",
                rs -> {
                    Product product = CanonicalJson.read(rs.getString(2), Product.class);
                    found.put(product.id(), Optional.of(product));
                },
                (Object) productIds.stream().map(EntityKeys::product).toArray(String[]::new));
        return found;
    }

    private Optional<String> latest(String entityKey, String messageType) {
        List<String> found = jdbc.queryForList("SELECT canonical::text FROM hub_message WHERE entity_key = ?"
                + " AND message_type = ? AND status = 'ACCEPTED' ORDER BY received_at DESC LIMIT 1", String.class,
                entityKey, messageType);
        return found.stream().findFirst();
    }
}
