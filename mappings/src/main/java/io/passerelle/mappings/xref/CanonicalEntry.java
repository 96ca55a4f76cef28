package io.passerelle.mappings.xref;

import java.util.Map;

/** A canonical code that exists in a domain, with its label and natural keys (GTIN, GLN, VAT, ISO code). */
public record CanonicalEntry(String domain, String code, String label, Map<String, String> naturalKeys) {

    public CanonicalEntry {
        naturalKeys = naturalKeys == null ? Map.of() : Map.copyOf(naturalKeys);
    }
}
