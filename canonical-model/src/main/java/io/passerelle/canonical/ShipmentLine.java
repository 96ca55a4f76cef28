package io.passerelle.canonical;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.passerelle.canonical.validation.UnitOfMeasure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

public record ShipmentLine(
        @NotNull @Valid ProductReference product,
        @NotNull @Positive BigDecimal quantity,
        @NotNull @UnitOfMeasure @JsonPropertyDescription(FieldDescriptions.UNIT) String unit) {
}
