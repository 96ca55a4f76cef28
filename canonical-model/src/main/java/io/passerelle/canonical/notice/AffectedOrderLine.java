package io.passerelle.canonical.notice;

import io.passerelle.canonical.validation.UnitOfMeasure;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An open order line a boundary event moves.
 *
 * @param orderNumber           the order number in the system of record for orders (the ERP)
 * @param customerOrderNumber   the buyer's own order number, the one to quote back to the buyer; null if
 *                              the buyer gave none
 * @param previousPromisedDate  the promise the customer holds now
 * @param newPromisedDate       the promise the event makes possible; null when the event withdraws the
 *                              product and no date can be promised
 */
public record AffectedOrderLine(
        @NotBlank String orderNumber,
        String customerOrderNumber,
        @NotNull @Positive Integer lineNumber,
        @NotBlank String productId,
        @NotNull @Positive BigDecimal quantity,
        @NotNull @UnitOfMeasure String unit,
        LocalDate previousPromisedDate,
        LocalDate newPromisedDate) {
}
