package io.passerelle.mappings.crm;

import io.passerelle.canonical.ProductLifecycle;
import java.util.Optional;

/**
 * A product's launch and withdrawal as the hub last knew them (from the product master and the boundary
 * events since), so that a launch moved in the CRM says which date it replaces, and the hub's own write of
 * a product coming back from the CRM is not mistaken for a decision.
 */
@FunctionalInterface
public interface ProductHistory {

    Optional<ProductLifecycle> lifecycle(String productId);

    static ProductHistory none() {
        return productId -> Optional.empty();
    }
}
