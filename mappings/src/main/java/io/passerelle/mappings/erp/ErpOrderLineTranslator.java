package io.passerelle.mappings.erp;

import io.passerelle.canonical.OrderLineStatus;
import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.CodeTranslator;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * A row of the ERP's order-line interface table in canonical codes. Customers, products, units and
 * currencies are references here, not master data: an unknown one follows its domain's missing-code
 * policy (a parked line is replayed once the steward maps the code).
 */
public class ErpOrderLineTranslator {

    public static final String TABLE = "to_hub_order_line";

    private static final Set<OrderLineStatus> CLOSED = Set.of(OrderLineStatus.SHIPPED, OrderLineStatus.CANCELLED,
            OrderLineStatus.REJECTED);

    private final CodeTranslator codes;

    public ErpOrderLineTranslator(CodeTranslator codes) {
        this.codes = codes;
    }

    public ErpOrderLine toCanonical(Map<String, Object> columns, String system, String flow) {
        ErpRow row = new ErpRow(TABLE, columns);
        String orderNumber = row.required("order_number");
        int lineNumber = row.positiveInteger("line_number");
        BigDecimal quantity = row.positiveDecimal("quantity");
        OrderLineStatus status = status(row);
        String customer = translate("customer", system, row.required("sold_to"), flow, row);
        String product = translate("product", system, row.required("material_number"), flow, row);
        // Units and currencies are often ISO codes already: such a code links itself to the canonical one.
        String unit = translateIso("unit-of-measure", system, row.required("unit"), flow, row);
        String currency = translateIso("currency", system, row.required("currency"), flow, row);
        String customerOrder = row.text("customer_order_number");
        return new ErpOrderLine(orderNumber, customerOrder == null || customerOrder.isEmpty() ? null : customerOrder,
                lineNumber, customer, product, row.requiredDate("order_date"), currency, quantity, unit,
                row.date("requested_date"), row.date("promised_date"), status.name(), !CLOSED.contains(status));
    }

    private String translate(String domain, String system, String code, String flow, ErpRow row) {
        return codes.toCanonical(new CodeSighting(domain, system, code, null, Map.of(), false, flow, null,
                row.sample())).canonicalCode();
    }

    private String translateIso(String domain, String system, String code, String flow, ErpRow row) {
        return codes.toCanonical(new CodeSighting(domain, system, code, null, Map.of("iso", code), false, flow, null,
                row.sample())).canonicalCode();
    }

    private static OrderLineStatus status(ErpRow row) {
        String value = row.required("order_status");
        try {
            return OrderLineStatus.valueOf(value.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ErpRowException(TABLE, row.columns().get("id"), "order_status", "'" + value
                    + "' is not one of OPEN, ACCEPTED, RESCHEDULED, REJECTED, SHIPPED, CANCELLED");
        }
    }
}
