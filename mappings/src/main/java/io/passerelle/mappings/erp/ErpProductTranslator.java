package io.passerelle.mappings.erp;

import io.passerelle.canonical.Product;
import io.passerelle.canonical.ProductLifecycle;
import io.passerelle.canonical.ProductStatus;
import io.passerelle.canonical.validation.CanonicalValidator;
import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.CodeTranslator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A row of the ERP's product interface table as a canonical product. The ERP is the products' system
 * of record: a new material number creates the canonical product (linked by GTIN where another system
 * already knows it); the unit goes through the unit-of-measure table.
 */
public class ErpProductTranslator {

    public static final String TABLE = "to_hub_product";

    private final CodeTranslator codes;
    private final CanonicalValidator validator = new CanonicalValidator();

    public ErpProductTranslator(CodeTranslator codes) {
        this.codes = codes;
    }

    /**
     * Learns the new material numbers of a claimed batch together, so that translating each row after it
     * costs no round trip. Rows that cannot be read are skipped here: {@link #toCanonical} reports them.
     */
    public void learnAll(List<Map<String, Object>> rows, String system, String flow) {
        List<CodeSighting> sightings = new ArrayList<>();
        for (Map<String, Object> columns : rows) {
            try {
                sightings.add(sighting(new ErpRow(TABLE, columns), system, flow));
            } catch (ErpRowException unreadable) {
                // reported with its row by toCanonical
            }
        }
        codes.learnAll(sightings);
    }

    public Product toCanonical(Map<String, Object> columns, String system, String flow) {
        ErpRow row = new ErpRow(TABLE, columns);
        String gtin = row.text("gtin");
        CodeSighting sighting = sighting(row, system, flow);
        String description = sighting.label();
        String id = codes.toCanonical(sighting).canonicalCode();
        String unit = codes.toCanonical(new CodeSighting("unit-of-measure", system, row.required("base_unit"), null,
                Map.of(), false, flow, null, row.sample())).canonicalCode();
        Product product = new Product(id, gtin, description, unit,
                new ProductLifecycle(status(row), row.date("launch_date"), row.date("withdrawal_date")));
        validator.requireValid(product);
        return product;
    }

    private static CodeSighting sighting(ErpRow row, String system, String flow) {
        String gtin = row.text("gtin");
        return new CodeSighting("product", system, row.required("material_number"), row.required("description"),
                gtin == null || gtin.isEmpty() ? Map.of() : Map.of("gtin", gtin), true, flow, null, row.sample());
    }

    private static ProductStatus status(ErpRow row) {
        String value = row.required("lifecycle_status");
        try {
            return ProductStatus.valueOf(value.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ErpRowException(TABLE, row.columns().get("id"), "lifecycle_status",
                    "'" + value + "' is not one of PLANNED, ACTIVE, PHASING_OUT, WITHDRAWN");
        }
    }
}
