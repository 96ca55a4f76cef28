package io.passerelle.canonical;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import io.passerelle.canonical.validation.UnitOfMeasure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Stock on hand for one product in one place at one moment, as the WMS counted it. Zero is a real
 * and important value here: it is the stock-out that sales must hear about first.
 *
 * @param location warehouse (or storage location) code in the hub's canonical codes
 * @param asOf     when the quantity was true; older snapshots must not overwrite newer ones
 */
@JsonClassDescription("Stock on hand for one product at one location, as of an instant.")
public record StockLevel(
        @NotNull @Valid ProductReference product,
        @NotBlank String location,
        @NotNull @PositiveOrZero BigDecimal quantity,
        @NotNull @UnitOfMeasure @JsonPropertyDescription(FieldDescriptions.UNIT) String unit,
        @NotNull Instant asOf) {
}
