package io.passerelle.mappings.wms;

import java.util.Map;

/**
 * One line of a WMS file, its fields by column name (blank fields absent).
 *
 * @param text the line as it was in the file, kept to park it or show it to a steward
 */
public record FlatRecord(int line, Map<String, String> values, String text) {

    public FlatRecord {
        values = Map.copyOf(values);
    }

    /** The field's value, or null when the line leaves it blank. */
    public String value(String column) {
        return values.get(column);
    }
}
