package io.passerelle.mappings.wms;

import io.passerelle.canonical.Product;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.util.HashMap;
import java.util.Map;

/**
 * An item-master file for a WMS, built product by product: each in the WMS's own item code and unit.
 * A product that cannot be written leaves the file unchanged, so the others still go.
 */
public final class ItemMasterFile {

    private final FlatFileWriter writer;
    private final FlatFileLayout layout;
    private final WmsCodes codes;
    private final StringBuilder lines = new StringBuilder();
    private int count;

    public ItemMasterFile(FlatFileLayout layout, WmsCodes codes) {
        this.layout = layout;
        this.writer = new FlatFileWriter(layout);
        this.codes = codes;
    }

    /** Throws {@link UnwritableRecordException} (with the column at fault) when the product cannot be written. */
    public void add(Product product) {
        Map<String, String> values = new HashMap<>();
        values.put("item", translated("item", () -> codes.itemCodeOf(product.id())));
        values.put("gtin", product.gtin());
        values.put("description", product.description());
        if (layout.has("unit")) {
            values.put("unit", translated("unit", () -> codes.wmsUnitOf(product.unit())));
        }
        values.put("status", product.lifecycle() == null ? null : product.lifecycle().status().name());
        String line = writer.line(values);
        // Written as-is, a character the file's charset lacks would silently become '?' in the WMS.
        if (!layout.encoding().newEncoder().canEncode(line)) {
            throw new UnwritableRecordException("description", "'" + product.description()
                    + "' has characters that " + layout.charset() + " cannot hold");
        }
        lines.append(line);
        count++;
    }

    public int size() {
        return count;
    }

    /** The whole file, its header first when the layout has one. */
    public byte[] content() {
        return (writer.header() + lines).getBytes(layout.encoding());
    }

    private static String translated(String column, java.util.function.Supplier<String> code) {
        try {
            return code.get();
        } catch (UnmappedCodeException e) {
            throw new UnwritableRecordException(column, e.getMessage());
        }
    }
}
