package io.passerelle.canonical;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.passerelle.canonical.validation.Sscc;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * One logistic unit leaving the warehouse (the content of a dispatch advice, DESADV).
 *
 * @param orderNumbers the customer orders it fulfils, at least one
 * @param sscc         the GS1 SSCC printed on the unit's label
 */
@JsonClassDescription("A shipped logistic unit (SSCC) with its lines and the orders it fulfils.")
public record Shipment(
        @NotBlank String shipmentId,
        @NotEmpty List<@NotBlank String> orderNumbers,
        @NotNull LocalDate shipDate,
        @NotBlank String carrier,
        @NotNull @Sscc @JsonPropertyDescription(FieldDescriptions.SSCC) String sscc,
        @NotEmpty List<@NotNull @Valid ShipmentLine> lines) {

    public Shipment {
        orderNumbers = ImmutableLists.copyOf(orderNumbers);
        lines = ImmutableLists.copyOf(lines);
    }
}
