package io.passerelle.mappings.wms;

import java.util.List;
import java.util.Map;

/** Writes records in a WMS layout: the header line (CSV with header) and one line per record. */
public final class FlatFileWriter {

    private final FlatFileLayout layout;

    public FlatFileWriter(FlatFileLayout layout) {
        this.layout = layout;
    }

    /** The header line with its line ending, or an empty string when the layout has none. */
    public String header() {
        if (!layout.header()) {
            return "";
        }
        return String.join(String.valueOf(layout.delimiterChar()), layout.columnNames().stream().map(this::quote).toList())
                + layout.lineEnding().characters();
    }

    /**
     * One record as a line with its line ending. Throws {@link UnwritableRecordException} when a value
     * cannot be written in its column (too long for a fixed width, a line break in a fixed-width field).
     */
    public String line(Map<String, String> values) {
        StringBuilder line = new StringBuilder();
        if (layout.format() == FileFormat.CSV) {
            List<Column> columns = layout.columns();
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    line.append(layout.delimiterChar());
                }
                line.append(quote(valueOf(values, columns.get(i))));
            }
        } else {
            for (Column column : layout.columns()) {
                String value = valueOf(values, column);
                if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                    throw new UnwritableRecordException(column.name(), "a line break cannot be written in a fixed-width field");
                }
                if (value.length() > column.length()) {
                    throw new UnwritableRecordException(column.name(), "'" + value + "' is " + value.length()
                            + " characters, the column holds " + column.length());
                }
                while (line.length() < column.start() - 1) {
                    line.append(' ');
                }
                String padding = String.valueOf(column.paddingChar()).repeat(column.length() - value.length());
                line.append(column.align() == Column.Align.RIGHT ? padding + value : value + padding);
            }
        }
        return line.append(layout.lineEnding().characters()).toString();
    }

    private static String valueOf(Map<String, String> values, Column column) {
        String value = column.isFiller() ? null : values.get(column.name());
        return value == null ? "" : value;
    }

    private String quote(String value) {
        String delimiter = String.valueOf(layout.delimiterChar());
        if (value.contains(delimiter) || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '))) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
