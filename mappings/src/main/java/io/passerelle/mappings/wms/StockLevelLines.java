package io.passerelle.mappings.wms;

import io.passerelle.canonical.ProductReference;
import io.passerelle.canonical.StockLevel;
import io.passerelle.canonical.event.EntityKeys;
import io.passerelle.canonical.validation.CanonicalValidator;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Stock file lines to canonical {@link StockLevel}s, one per line. */
final class StockLevelLines {

    private static final CanonicalValidator VALIDATOR = new CanonicalValidator();
    private static final String TYPE = RecordKind.STOCK_LEVEL.messageType();

    private final FlatFileLayout layout;
    private final WmsCodes codes;

    StockLevelLines(FlatFileLayout layout, WmsCodes codes) {
        this.layout = layout;
        this.codes = codes;
    }

    void translate(FlatRecord record, Outcomes out) {
        SourceLines source = SourceLines.of(out.file, List.of(record));
        List<LineError> errors = new ArrayList<>();
        LineFields fields = new LineFields(out.file, record, layout, errors);
        String item = fields.required("item");
        String gtin = fields.gtin("gtin");
        String location = fields.required("location");
        BigDecimal quantity = fields.decimal("quantity");
        String wmsUnit = fields.required("unit");
        Instant countedAt = fields.instant("counted-at");
        List<String> keys = new ArrayList<>();
        if (gtin != null) {
            keys.add("gtin:" + gtin);
        }
        keys.add(out.fileKey());
        if (!errors.isEmpty()) {
            out.refused.add(new RefusedLines(source, TYPE, out.fileKey(), keys, errors));
            return;
        }
        String productId;
        try {
            productId = codes.productOf(item, gtin, source.changeId(), record.text());
        } catch (UnmappedCodeException e) {
            out.unmapped(e, source, record.line(), "item", TYPE, "wms-item:" + codes.system() + "/" + item, keys);
            return;
        }
        String entityKey = EntityKeys.product(productId);
        keys.add(0, entityKey);
        String unit;
        try {
            unit = codes.unitOf(wmsUnit, source.changeId(), record.text());
        } catch (UnmappedCodeException e) {
            out.unmapped(e, source, record.line(), "unit", TYPE, entityKey, keys);
            return;
        }
        StockLevel level = new StockLevel(new ProductReference(productId, gtin), location, quantity, unit, countedAt);
        List<LineError> violations = Outcomes.violations(out.file, VALIDATOR.validate(level), path -> record.line(),
                StockLevelLines::column);
        if (!violations.isEmpty()) {
            out.refused.add(new RefusedLines(source, TYPE, entityKey, keys, violations));
            return;
        }
        out.changes.add(new WmsChange(source, TYPE, entityKey, keys, level));
    }

    private static String column(String path) {
        return switch (path) {
            case "product.gtin" -> "gtin";
            case "product", "product.productId" -> "item";
            case "asOf" -> "counted-at";
            default -> path;
        };
    }
}
