package io.passerelle.mappings.xref;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; line numbers are the file's. */
final class CsvLines {

    record Line(int number, List<String> fields) {
    }

    private CsvLines() {
    }

    static List<Line> parse(String text, List<MappingCsv.LineError> errors) {
        List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int lineNumber = 1;
        int startLine = 1;
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        lineNumber++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addUnlessBlank(lines, startLine, fields);
                fields = new ArrayList<>();
                lineNumber++;
                startLine = lineNumber;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            errors.add(new MappingCsv.LineError(startLine, "a quoted field is never closed"));
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            addUnlessBlank(lines, startLine, fields);
        }
        return lines;
    }

    private static void addUnlessBlank(List<Line> lines, int number, List<String> fields) {
        if (!(fields.size() == 1 && fields.get(0).isBlank())) {
            lines.add(new Line(number, List.copyOf(fields)));
        }
    }

    static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
