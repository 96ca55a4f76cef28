package io.passerelle.mappings.wms;

import java.util.List;

/**
 * A canonical record read from a WMS file, ready for the hub: what it is about and what it can be found by.
 *
 * @param entityKey    e.g. {@code product:PRD-000001} for a stock level, {@code shipment:S-1001} for a shipment
 * @param businessKeys e.g. {@code gtin:…}, {@code sscc:…}, {@code order:…}, {@code file:…}
 */
public record WmsChange(SourceLines source, String messageType, String entityKey, List<String> businessKeys,
                        Object canonical) {

    public WmsChange {
        businessKeys = List.copyOf(businessKeys);
    }
}
