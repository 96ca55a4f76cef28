package io.passerelle.mappings.wms;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a WMS file in its layout. A line that does not split into the layout's fields becomes a
 * {@link LineError} and the other lines are still read; only a file that cannot be read at all (bad
 * encoding, a header that is not the layout's) is rejected as a whole.
 *
 * <p>CSV follows RFC 4180 within a line: a quoted field may hold the delimiter and doubled quotes.
 * A quoted field is not allowed to span lines: WMS exports do not do it, and keeping one record per
 * line keeps every line number in a report true.
 */
public final class FlatFileReader {

    private final FlatFileLayout layout;

    public FlatFileReader(FlatFileLayout layout) {
        this.layout = layout;
    }

    /** Decodes the file in the layout's charset, refusing bytes that are not valid in it. */
    public FlatFile read(String fileName, byte[] content) {
        String text;
        try {
            text = layout.encoding().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new WmsFileRejected(fileName, "not readable as " + layout.charset()
                    + " (is the layout's charset the one the WMS writes?)");
        }
        return read(fileName, text, 1);
    }

    /**
     * Reads text whose first line is the file's line {@code firstLine}: 1 for a whole file, the original
     * line number for lines read again on their own (a parked shipment).
     */
    public FlatFile read(String fileName, String text, int firstLine) {
        List<FlatRecord> records = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = content.split("\r\n|\r|\n", -1);
        boolean headerExpected = layout.header();
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = firstLine + i;
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (headerExpected) {
                checkHeader(fileName, line);
                headerExpected = false;
                continue;
            }
            List<LineError> lineErrors = new ArrayList<>();
            Map<String, String> values = layout.format() == FileFormat.CSV
                    ? csvFields(fileName, lineNumber, line, lineErrors)
                    : fixedWidthFields(fileName, lineNumber, line, lineErrors);
            if (lineErrors.isEmpty()) {
                records.add(new FlatRecord(lineNumber, values, line));
            } else {
                errors.addAll(lineErrors);
            }
        }
        return new FlatFile(fileName, records, errors);
    }

    private void checkHeader(String fileName, String line) {
        List<LineError> errors = new ArrayList<>();
        List<String> found = split(fileName, 1, line, errors).stream().map(String::strip).toList();
        List<String> expected = layout.columnNames();
        boolean same = errors.isEmpty() && found.size() == expected.size();
        for (int i = 0; same && i < expected.size(); i++) {
            same = expected.get(i).equalsIgnoreCase(found.get(i));
        }
        if (!same) {
            String delimiter = String.valueOf(layout.delimiterChar());
            throw new WmsFileRejected(fileName, "the header line is '" + line.strip() + "' but the layout expects '"
                    + String.join(delimiter, expected) + "': the WMS's file layout and the hub's configuration differ");
        }
    }

    private Map<String, String> csvFields(String fileName, int lineNumber, String line, List<LineError> errors) {
        List<String> fields = split(fileName, lineNumber, line, errors);
        Map<String, String> values = new LinkedHashMap<>();
        if (!errors.isEmpty()) {
            return values;
        }
        List<Column> columns = layout.columns();
        if (fields.size() != columns.size()) {
            String missing = fields.size() < columns.size() ? columns.get(fields.size()).name() : null;
            errors.add(new LineError(fileName, lineNumber, missing, "the line has " + fields.size() + " field(s), the layout "
                    + columns.size() + " (" + String.join(String.valueOf(layout.delimiterChar()), layout.columnNames()) + ")"));
            return values;
        }
        for (int i = 0; i < columns.size(); i++) {
            put(values, columns.get(i), fields.get(i));
        }
        return values;
    }

    /** Splits one CSV line; an unclosed quote or text after a closing quote is an error of that column. */
    private List<String> split(String fileName, int lineNumber, String line, List<LineError> errors) {
        char delimiter = layout.delimiterChar();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            boolean quoted = false;
            // Spaces before an opening quote are tolerated: "a; "b;c"" is a common hand-edited line.
            int start = i;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (i < line.length() && line.charAt(i) == '"') {
                quoted = true;
                i++;
                boolean closed = false;
                while (i < line.length()) {
                    char c = line.charAt(i);
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (c == '"') {
                        closed = true;
                        i++;
                        break;
                    } else {
                        field.append(c);
                        i++;
                    }
                }
                if (!closed) {
                    errors.add(new LineError(fileName, lineNumber, columnName(fields.size()), "a quoted field is never closed"));
                    return fields;
                }
                while (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < line.length() && line.charAt(i) != delimiter) {
                    errors.add(new LineError(fileName, lineNumber, columnName(fields.size()),
                            "unexpected text after a closing quote (a quote inside a quoted field is written \"\")"));
                    return fields;
                }
            } else {
                i = start;
                while (i < line.length() && line.charAt(i) != delimiter) {
                    field.append(line.charAt(i));
                    i++;
                }
            }
            fields.add(quoted ? field.toString() : field.toString().strip());
            field.setLength(0);
            if (i >= line.length()) {
                return fields;
            }
            i++; // the delimiter
        }
    }

    private String columnName(int index) {
        return index < layout.columns().size() ? layout.columns().get(index).name() : null;
    }

    private Map<String, String> fixedWidthFields(String fileName, int lineNumber, String line, List<LineError> errors) {
        Map<String, String> values = new LinkedHashMap<>();
        int width = 0;
        for (Column column : layout.columns()) {
            width = Math.max(width, column.end());
            if (line.length() < column.start()) {
                if (column.isFiller()) {
                    continue;
                }
                errors.add(new LineError(fileName, lineNumber, column.name(), "the line is " + line.length()
                        + " characters long, the column starts at character " + column.start()));
                continue;
            }
            // Editors and some exports drop the trailing padding of the last field: what is there is read.
            String raw = line.substring(column.start() - 1, Math.min(line.length(), column.end()));
            put(values, column, unpad(raw, column));
        }
        if (line.length() > width && !line.substring(width).isBlank()) {
            errors.add(new LineError(fileName, lineNumber, null, "unexpected text after character " + width
                    + ", where the layout ends: '" + line.substring(width).strip() + "'"));
        }
        return values;
    }

    private static String unpad(String raw, Column column) {
        char pad = column.paddingChar();
        int from = 0;
        int to = raw.length();
        if (column.align() == Column.Align.RIGHT) {
            while (from < to && (raw.charAt(from) == pad || raw.charAt(from) == ' ')) {
                from++;
            }
            // A zero-padded zero is all padding: it is still a zero, not an empty field.
            if (from == to && pad == '0' && raw.indexOf('0') >= 0) {
                return "0";
            }
        } else {
            while (to > from && (raw.charAt(to - 1) == pad || raw.charAt(to - 1) == ' ')) {
                to--;
            }
        }
        return raw.substring(from, to).strip();
    }

    private static void put(Map<String, String> values, Column column, String value) {
        if (!column.isFiller() && !value.isEmpty()) {
            values.put(column.name(), value);
        }
    }
}
