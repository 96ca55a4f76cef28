package io.passerelle.mappings.erp;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the ERP's open-order book, in canonical codes. The ERP is the system of record for orders
 * whichever channel they came in by (EDI, CRM, phone): the hub keeps this book to find what an event hits.
 *
 * @param orderNumber         the ERP's order number
 * @param customerOrderNumber the buyer's own order number (quoted back in order responses), or null
 * @param open                false once the line is shipped, cancelled or rejected: no event moves it any more
 */
public record ErpOrderLine(String orderNumber, String customerOrderNumber, int lineNumber, String customerId,
                           String productId, LocalDate orderDate, String currency, BigDecimal quantity, String unit,
                           LocalDate requestedDate, LocalDate promisedDate, String lineStatus, boolean open) {
}
