package io.passerelle.canonical;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * What the customer gets. Any combination may be used; the free text carries what the other two
 * cannot express (e.g. "third item free").
 *
 * @param discountPercent   reduction off the list price, in percent: 15 means 15 %
 * @param promotionalPrice  the price during the promotion, with its currency
 * @param terms             conditions in words, as agreed with the customer
 */
public record PromotionConditions(
        @Positive @DecimalMax(value = "100", message = "must be at most 100 (percent)") BigDecimal discountPercent,
        @Valid Price promotionalPrice,
        String terms) {
}
