package io.passerelle.hub.events;

import io.passerelle.canonical.notice.AffectedOrderLine;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An open order line of the hub's order book, in canonical codes. */
public record OpenOrder(String sourceSystem, String orderNumber, int lineNumber, String customerOrderNumber,
                        String customerId, String productId, LocalDate orderDate, String currency,
                        BigDecimal quantity, String unit, LocalDate requestedDate, LocalDate promisedDate) {

    /** The date the customer counts on: the promise, or what was asked while nothing was promised. */
    public LocalDate expectedDate() {
        return promisedDate != null ? promisedDate : requestedDate;
    }

    AffectedOrderLine movedTo(LocalDate newDate) {
        return new AffectedOrderLine(orderNumber, customerOrderNumber, lineNumber, productId, quantity, unit,
                expectedDate(), newDate);
    }
}
