package io.passerelle.canonical;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.passerelle.canonical.validation.CurrencyCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * An amount of money per unit sold. Kept as a decimal with its currency: never a double, never a
 * currency implied by the system it came from.
 *
 * @param currency ISO 4217, e.g. EUR
 */
public record Price(
        @NotNull @Positive BigDecimal amount,
        @NotNull @CurrencyCode @JsonPropertyDescription(FieldDescriptions.CURRENCY) String currency) {
}
