package io.passerelle.mappings.wms;

import io.passerelle.mappings.xref.UnmappedCodeException;
import java.util.List;

/**
 * Lines that wait for a steward to map a code (the domain's policy for this WMS is to park): kept
 * whole, to be read again once the code is mapped.
 */
public record ParkedLines(SourceLines source, String messageType, String entityKey, List<String> businessKeys,
                          UnmappedCodeException reason) {

    public ParkedLines {
        businessKeys = List.copyOf(businessKeys);
    }
}
