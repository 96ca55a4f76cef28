package io.passerelle.canonical;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.passerelle.canonical.validation.UnitOfMeasure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * @param lineNumber            the line number as the buyer numbered it, kept for order responses
 * @param requestedDeliveryDate what the customer asked for
 * @param promisedDeliveryDate  what we committed to; null until promised, changed when re-promised
 */
public record OrderLine(
        @NotNull @Positive Integer lineNumber,
        @NotNull @Valid ProductReference product,
        @NotNull @Positive BigDecimal quantity,
        @NotNull @UnitOfMeasure @JsonPropertyDescription(FieldDescriptions.UNIT) String unit,
        @NotNull LocalDate requestedDeliveryDate,
        LocalDate promisedDeliveryDate,
        @NotNull OrderLineStatus status) {
}
