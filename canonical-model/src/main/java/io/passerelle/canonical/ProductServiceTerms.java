package io.passerelle.canonical;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.passerelle.canonical.validation.ExactlyOneOf;
import io.passerelle.canonical.validation.UnitOfMeasure;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * The "statut article commercialisé": what we commit to for one product, agreed either with one
 * customer or with a whole segment. In a pull flow, this is the supplier's promise that order
 * promising and replenishment are measured against.
 *
 * @param customerId          the customer the terms are agreed with, or null when they apply to a segment
 * @param segment             the segment the terms apply to, or null when agreed with one customer
 * @param minimumLeadTimeDays calendar days between order and delivery the customer must allow
 * @param maximumQuantity     the most one order may ask for, in {@code unit}
 * @param unit                unit of both quantities, UN/ECE Rec 20
 * @param targetServiceRate   share of demand to be served on time and in full, as a fraction:
 *                            0.985 means 98.5 %; above 0, at most 1
 * @param averageDemand       expected quantity per {@code demandPeriod}, in {@code unit}
 */
@JsonClassDescription("Service terms for one product with one customer or one segment (statut article commercialisé).")
@ExactlyOneOf({"customerId", "segment"})
public record ProductServiceTerms(
        @NotBlank String productId,
        String customerId,
        String segment,
        @NotNull @Positive Integer minimumLeadTimeDays,
        @NotNull @Positive BigDecimal maximumQuantity,
        @NotNull @UnitOfMeasure @JsonPropertyDescription(FieldDescriptions.UNIT) String unit,
        @NotNull
        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @DecimalMax(value = "1", message = "must be at most 1 (a fraction: 0.985 means 98.5 %)")
        @JsonPropertyDescription("Fraction of demand served on time in full: 0.985 means 98.5 %.")
        BigDecimal targetServiceRate,
        @NotNull @Positive BigDecimal averageDemand,
        @NotNull DemandPeriod demandPeriod) {
}
