package io.passerelle.canonical;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.passerelle.canonical.validation.ExactlyOneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/**
 * A promotion planned by marketing: the forecast uplift it brings is what production and the
 * warehouses have to prepare for.
 *
 * @param customerIds           the customers it is offered to, or empty when it targets a segment
 * @param segment               the segment it targets, or null when it names customers
 * @param expectedUpliftPercent extra volume over the baseline forecast, in percent: 35 means
 *                              1.35 times the usual demand
 */
@JsonClassDescription("A promotion: products, customers or segment, period, conditions and expected uplift.")
@ExactlyOneOf({"customerIds", "segment"})
public record Promotion(
        @NotBlank String id,
        @NotEmpty List<@NotBlank String> productIds,
        List<@NotBlank String> customerIds,
        String segment,
        @NotNull @Valid PromotionPeriod period,
        @NotNull @Valid PromotionConditions conditions,
        @NotNull @PositiveOrZero
        @JsonPropertyDescription("Extra volume over the baseline forecast, in percent: 35 means 1.35 x baseline.")
        BigDecimal expectedUpliftPercent) {

    public Promotion {
        productIds = ImmutableLists.copyOf(productIds);
        customerIds = ImmutableLists.copyOf(customerIds);
    }
}
