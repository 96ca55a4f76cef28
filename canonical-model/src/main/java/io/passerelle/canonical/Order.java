package io.passerelle.canonical;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import io.passerelle.canonical.validation.CurrencyCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer order, whichever channel it came through (EDI ORDERS, CRM, ERP entry).
 *
 * @param orderNumber the buyer's order number, the reference the customer will quote
 * @param currency    ISO 4217, e.g. EUR
 */
@JsonClassDescription("A customer order with its lines.")
public record Order(
        @NotBlank String orderNumber,
        @NotNull @Valid PartyReference buyer,
        @NotNull @Valid PartyReference seller,
        @NotNull LocalDate orderDate,
        @NotNull @CurrencyCode @JsonPropertyDescription(FieldDescriptions.CURRENCY) String currency,
        @NotNull OrderStatus status,
        @NotEmpty List<@NotNull @Valid OrderLine> lines) {

    public Order {
        lines = ImmutableLists.copyOf(lines);
    }
}
