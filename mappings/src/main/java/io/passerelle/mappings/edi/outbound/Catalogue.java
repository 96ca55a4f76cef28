package io.passerelle.mappings.edi.outbound;

import io.passerelle.canonical.Product;
import io.passerelle.canonical.Promotion;
import java.util.List;

/**
 * What one PRICAT or 832 tells a partner: the products of its catalogue with their launch and withdrawal
 * dates, and the promotions it is offered on those products.
 *
 * @param catalogueId the catalogue's reference (BGM 1004, BCT02), stable across updates
 * @param promotions  only those naming at least one of the products are written, on each product named
 */
public record Catalogue(String catalogueId, List<Product> products, List<Promotion> promotions) {

    public Catalogue {
        products = List.copyOf(products);
        promotions = List.copyOf(promotions);
    }

    List<Promotion> promotionsOf(Product product) {
        return promotions.stream().filter(promotion -> promotion.productIds().contains(product.id())).toList();
    }
}
