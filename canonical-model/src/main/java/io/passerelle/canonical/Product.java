package io.passerelle.canonical;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.passerelle.canonical.validation.Gtin;
import io.passerelle.canonical.validation.UnitOfMeasure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A product as every system should see it, whatever its CRM id, ERP material number or WMS item code.
 *
 * @param id          the hub's canonical product id
 * @param gtin        the GS1 GTIN of the consumer unit
 * @param unit        base unit of measure, UN/ECE Rec 20 (H87 piece, KGM kilogram…)
 */
@JsonClassDescription("A product, in the hub's canonical codes.")
public record Product(
        @NotBlank String id,
        @NotNull @Gtin @JsonPropertyDescription(FieldDescriptions.GTIN) String gtin,
        @NotBlank String description,
        @NotNull @UnitOfMeasure @JsonPropertyDescription(FieldDescriptions.UNIT) String unit,
        @NotNull @Valid ProductLifecycle lifecycle) {
}
