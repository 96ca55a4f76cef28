package io.passerelle.mappings.wms;

import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of file a WMS exchanges with the hub, each with the column names its layout may use. The
 * names are the hub's, whatever the WMS calls them: a layout says where each one is in the file.
 */
public enum RecordKind {

    /** Out: the products the warehouse handles, in its own item codes and units. */
    ITEM_MASTER("Product", List.of("item"), List.of("gtin", "description", "unit", "status")),

    /**
     * Out: what the warehouse must plan for, per item: a promotion's uplift over a period (capacity), a
     * launch moved or a withdrawal (expected receipts), a line stoppage (receipts from production).
     */
    PLANNING_NOTICE("PlanningNotice", List.of("item", "event", "from"),
            List.of("gtin", "to", "uplift-percent", "note")),

    /** In: stock on hand per item and location, as counted at an instant. */
    STOCK_LEVEL("StockLevel", List.of("item", "location", "quantity", "unit", "counted-at"), List.of("gtin")),

    /**
     * In: goods received. Read into a canonical {@code Shipment} (the inbound logistic unit): shipment is
     * the receipt number, order the purchase order, date the receipt date.
     */
    RECEIPT("Receipt", ShipmentColumns.REQUIRED, ShipmentColumns.OPTIONAL),

    /** In: logistic units shipped to customers, one line per item, grouped by shipment and SSCC. */
    SHIPMENT("Shipment", ShipmentColumns.REQUIRED, ShipmentColumns.OPTIONAL);

    private final String messageType;
    private final List<String> required;
    private final List<String> optional;

    RecordKind(String messageType, List<String> required, List<String> optional) {
        this.messageType = messageType;
        this.required = required;
        this.optional = optional;
    }

    /** True for the files the hub writes, false for those it reads. */
    public boolean outgoing() {
        return this == ITEM_MASTER || this == PLANNING_NOTICE;
    }

    /** The hub's message type for records of this kind (what subscribers declare they receive). */
    public String messageType() {
        return messageType;
    }

    /** What is wrong with a layout for this kind: unknown column names, required ones missing. */
    public List<String> problems(FlatFileLayout layout) {
        List<String> problems = new ArrayList<>();
        for (Column column : layout.columns()) {
            if (!column.isFiller() && !required.contains(column.name()) && !optional.contains(column.name())) {
                problems.add("unknown column '" + column.name() + "' for " + this + " files: known columns are "
                        + String.join(", ", known()) + " (and " + Column.FILLER + " for a field to skip)");
            }
        }
        for (String name : required) {
            if (!layout.has(name)) {
                problems.add("column '" + name + "' is required in " + this + " files");
            }
        }
        return problems;
    }

    public List<String> known() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }

    private static final class ShipmentColumns {
        static final List<String> REQUIRED = List.of("shipment", "order", "date", "carrier", "item", "quantity", "unit");
        static final List<String> OPTIONAL = List.of("sscc", "gtin");
    }
}
