package io.passerelle.mappings.wms;

import io.passerelle.canonical.ProductReference;
import io.passerelle.canonical.Shipment;
import io.passerelle.canonical.ShipmentLine;
import io.passerelle.canonical.validation.CanonicalValidator;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shipment (or receipt) file lines to canonical {@link Shipment}s. A WMS writes one line per item, the
 * shipment's own fields repeated; the lines of one shipment and SSCC become one canonical shipment, all
 * or nothing, because a logistic unit announced without some of its items is wrong.
 */
final class ShipmentLines {

    private static final CanonicalValidator VALIDATOR = new CanonicalValidator();
    private static final Pattern LINE_PATH = Pattern.compile("lines\\[(\\d+)](?:\\.(.+))?");

    private final RecordKind kind;
    private final FlatFileLayout layout;
    private final WmsCodes codes;

    ShipmentLines(RecordKind kind, FlatFileLayout layout, WmsCodes codes) {
        this.kind = kind;
        this.layout = layout;
        this.codes = codes;
    }

    void translate(List<FlatRecord> records, Outcomes out) {
        Map<String, List<FlatRecord>> groups = new LinkedHashMap<>();
        for (FlatRecord record : records) {
            String key = record.value("shipment") + "\u0000" + Objects.requireNonNullElse(record.value("sscc"), "");
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
        }
        groups.values().forEach(group -> translateGroup(group, out));
    }

    private void translateGroup(List<FlatRecord> group, Outcomes out) {
        String type = kind.messageType();
        SourceLines source = SourceLines.of(out.file, group);
        FlatRecord first = group.get(0);
        List<LineError> errors = new ArrayList<>();
        LineFields head = new LineFields(out.file, first, layout, errors);
        String shipmentId = head.required("shipment");
        LocalDate date = head.date("date");
        String carrier = head.required("carrier");
        String sscc = head.optional("sscc");
        Set<String> orders = new LinkedHashSet<>();
        List<String> keys = new ArrayList<>();
        if (sscc != null) {
            keys.add("sscc:" + sscc);
        }
        List<ItemLine> items = new ArrayList<>();
        for (FlatRecord record : group) {
            LineFields fields = new LineFields(out.file, record, layout, errors);
            if (record != first) {
                sameAsFirst(fields, record, first, "date");
                sameAsFirst(fields, record, first, "carrier");
            }
            String order = fields.required("order");
            if (order != null && orders.add(order)) {
                keys.add("order:" + order);
            }
            String gtin = fields.gtin("gtin");
            if (gtin != null && !keys.contains("gtin:" + gtin)) {
                keys.add("gtin:" + gtin);
            }
            items.add(new ItemLine(record, fields.required("item"), gtin, fields.decimal("quantity"),
                    fields.required("unit")));
        }
        keys.add(out.fileKey());
        String entityKey = (kind == RecordKind.RECEIPT ? "receipt:" : "shipment:") + shipmentId;
        if (!errors.isEmpty()) {
            out.refused.add(new RefusedLines(source, type, entityKey, keys, withSummary(errors, source, shipmentId, sscc)));
            return;
        }
        List<ShipmentLine> lines = new ArrayList<>();
        for (ItemLine item : items) {
            String messageId = source.changeId();
            String productId;
            String unit;
            try {
                productId = codes.productOf(item.code, item.gtin, messageId, item.record.text());
            } catch (UnmappedCodeException e) {
                out.unmapped(e, source, item.record.line(), "item", type, entityKey, keys);
                return;
            }
            try {
                unit = codes.unitOf(item.unit, messageId, item.record.text());
            } catch (UnmappedCodeException e) {
                out.unmapped(e, source, item.record.line(), "unit", type, entityKey, keys);
                return;
            }
            lines.add(new ShipmentLine(new ProductReference(productId, item.gtin), item.quantity, unit));
        }
        Shipment shipment = new Shipment(shipmentId, List.copyOf(orders), date, carrier, sscc, lines);
        List<LineError> violations = Outcomes.violations(out.file, VALIDATOR.validate(shipment),
                path -> lineOf(path, group), ShipmentLines::column);
        if (!violations.isEmpty()) {
            out.refused.add(new RefusedLines(source, type, entityKey, keys, withSummary(violations, source, shipmentId, sscc)));
            return;
        }
        out.changes.add(new WmsChange(source, type, entityKey, keys, shipment));
    }

    private static void sameAsFirst(LineFields fields, FlatRecord record, FlatRecord first, String column) {
        if (!Objects.equals(record.value(column), first.value(column))) {
            fields.problem(column, "'" + record.value(column) + "' differs from line " + first.line()
                    + " of the same shipment ('" + first.value(column) + "')");
        }
    }

    /** The lines of the group without an error of their own are not applied either: the report says why. */
    private static List<LineError> withSummary(List<LineError> errors, SourceLines source, String shipmentId, String sscc) {
        if (source.numbers().size() == 1) {
            return errors;
        }
        List<LineError> all = new ArrayList<>(errors);
        all.add(new LineError(source.file(), source.first(), null, "shipment " + shipmentId
                + (sscc == null ? "" : " SSCC " + sscc) + " (" + source.describe() + ") is not applied: its lines are applied together"));
        return all;
    }

    private static int lineOf(String path, List<FlatRecord> group) {
        Matcher m = LINE_PATH.matcher(path);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            return group.get(Math.min(index, group.size() - 1)).line();
        }
        return group.get(0).line();
    }

    private static String column(String path) {
        Matcher m = LINE_PATH.matcher(path);
        String field = m.matches() ? Objects.requireNonNullElse(m.group(2), "") : path;
        return switch (field) {
            case "shipmentId" -> "shipment";
            case "orderNumbers" -> "order";
            case "shipDate" -> "date";
            case "product.gtin" -> "gtin";
            case "product", "product.productId", "" -> "item";
            default -> field.startsWith("orderNumbers") ? "order" : field;
        };
    }

    private record ItemLine(FlatRecord record, String code, String gtin, BigDecimal quantity, String unit) {
    }
}
