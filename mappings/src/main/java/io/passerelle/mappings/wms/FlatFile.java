package io.passerelle.mappings.wms;

import java.util.List;

/** A WMS file as read: the lines that split into fields, and the errors of those that did not. */
public record FlatFile(String name, List<FlatRecord> records, List<LineError> errors) {

    public FlatFile {
        records = List.copyOf(records);
        errors = List.copyOf(errors);
    }
}
