package io.passerelle.hub.connector.crm;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.ProductLifecycle;
import io.passerelle.canonical.ProductStatus;
import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.event.EntityKeys;
import io.passerelle.canonical.event.LaunchDateChanged;
import io.passerelle.canonical.event.ProductWithdrawn;
import io.passerelle.mappings.crm.ProductHistory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A product's launch and withdrawal as the hub last knew them: the latest accepted product master, with the
 * launch moves and withdrawals accepted since laid over it (a launch moved twice in the CRM replaces the date
 * of the first move, not the ERP's).
 */
@Component
class HubProductHistory implements ProductHistory {

    private final JdbcTemplate jdbc;

    HubProductHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ProductLifecycle> lifecycle(String productId) {
        String key = EntityKeys.product(productId);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT message_type, canonical::text AS canonical"
                + " FROM hub_message WHERE entity_key = ? AND status = 'ACCEPTED'"
                + " AND message_type IN ('Product', 'LaunchDateChanged', 'ProductWithdrawn')"
                + " AND received_at >= COALESCE((SELECT max(received_at) FROM hub_message WHERE entity_key = ?"
                + "   AND status = 'ACCEPTED' AND message_type = 'Product'), '-infinity')"
                + " ORDER BY received_at", key, key);
        ProductLifecycle lifecycle = null;
        for (Map<String, Object> row : rows) {
            String json = (String) row.get("canonical");
            if ("Product".equals(row.get("message_type"))) {
                lifecycle = CanonicalJson.read(json, Product.class).lifecycle();
                continue;
            }
            BoundaryEvent event = CanonicalJson.read(json, BoundaryEvent.class);
            ProductStatus status = lifecycle == null ? null : lifecycle.status();
            if (event instanceof LaunchDateChanged moved) {
                lifecycle = new ProductLifecycle(status, moved.newLaunchDate(),
                        lifecycle == null ? null : lifecycle.withdrawalDate());
            } else if (event instanceof ProductWithdrawn withdrawn) {
                lifecycle = new ProductLifecycle(ProductStatus.WITHDRAWN,
                        lifecycle == null ? null : lifecycle.launchDate(), withdrawn.withdrawalDate());
            }
        }
        return Optional.ofNullable(lifecycle);
    }
}
