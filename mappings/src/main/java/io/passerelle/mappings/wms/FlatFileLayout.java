package io.passerelle.mappings.wms;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How one kind of WMS file is written, as an IT team declares it in configuration. Checked when built:
 * a layout that cannot be read stops the start with the reason, rather than misreading every file.
 *
 * @param format           CSV or FIXED_WIDTH
 * @param delimiter        CSV only: one character, {@code ;} unless told (French WMS packages mostly use it)
 * @param header           CSV only: the first line names the columns; it must name the layout's columns
 *                         in the layout's order, so a WMS-side layout change is caught instead of misread
 * @param columns          the fields, in file order (CSV) or with their positions (fixed width)
 * @param charset          the file's encoding, UTF-8 unless told (ISO-8859-15 and windows-1252 are common)
 * @param lineEnding       what ends the lines the hub writes (LF or CRLF); both are read
 * @param decimalSeparator {@code .} unless told; {@code ,} for French locales
 * @param dateFormat       a {@link DateTimeFormatter} pattern for dates, {@code yyyy-MM-dd} unless told
 * @param timestampFormat  a pattern for date-times; unless told, ISO-8601 with or without an offset
 *                         ({@code 2026-11-24T06:00:00Z}, {@code 2026-11-24T07:00:00})
 * @param zone             the zone of date-times written without an offset, UTC unless told
 */
public record FlatFileLayout(FileFormat format, String delimiter, boolean header, List<Column> columns, String charset,
                             LineEnding lineEnding, String decimalSeparator, String dateFormat, String timestampFormat,
                             String zone) {

    public FlatFileLayout {
        format = format == null ? FileFormat.CSV : format;
        delimiter = delimiter == null || delimiter.isEmpty() ? ";" : delimiter;
        columns = columns == null ? List.of() : List.copyOf(columns);
        charset = charset == null || charset.isBlank() ? "UTF-8" : charset;
        lineEnding = lineEnding == null ? LineEnding.LF : lineEnding;
        decimalSeparator = decimalSeparator == null || decimalSeparator.isEmpty() ? "." : decimalSeparator;
        dateFormat = dateFormat == null || dateFormat.isBlank() ? "yyyy-MM-dd" : dateFormat;
        zone = zone == null || zone.isBlank() ? "UTC" : zone;
        List<String> problems = problems(format, delimiter, header, columns, charset, decimalSeparator, dateFormat,
                timestampFormat, zone);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** A CSV layout with the defaults for everything else. */
    public static FlatFileLayout csv(String delimiter, boolean header, List<Column> columns) {
        return new FlatFileLayout(FileFormat.CSV, delimiter, header, columns, null, null, null, null, null, null);
    }

    /** A fixed-width layout with the defaults for everything else. */
    public static FlatFileLayout fixedWidth(List<Column> columns) {
        return new FlatFileLayout(FileFormat.FIXED_WIDTH, null, false, columns, null, null, null, null, null, null);
    }

    public FlatFileLayout withDates(String dateFormat, String timestampFormat, String zone) {
        return new FlatFileLayout(format, delimiter, header, columns, charset, lineEnding, decimalSeparator, dateFormat,
                timestampFormat, zone);
    }

    public FlatFileLayout withDecimalSeparator(String separator) {
        return new FlatFileLayout(format, delimiter, header, columns, charset, lineEnding, separator, dateFormat,
                timestampFormat, zone);
    }

    /** The same layout without its header line: how parked lines are read again on their own. */
    public FlatFileLayout withoutHeader() {
        return new FlatFileLayout(format, delimiter, false, columns, charset, lineEnding, decimalSeparator, dateFormat,
                timestampFormat, zone);
    }

    public char delimiterChar() {
        return delimiter.charAt(0);
    }

    public Charset encoding() {
        return Charset.forName(charset);
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public boolean has(String columnName) {
        return columns.stream().anyMatch(c -> c.name().equals(columnName));
    }

    BigDecimal parseDecimal(String text) {
        String plain = ".".equals(decimalSeparator) ? text : text.replace(decimalSeparator, ".");
        if (!plain.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)")) {
            throw new NumberFormatException("'" + text + "' is not a number (decimal separator '" + decimalSeparator + "')");
        }
        return new BigDecimal(plain);
    }

    LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text, StrictDatePattern.of(dateFormat));
        } catch (DateTimeParseException e) {
            throw new DateTimeException("'" + text + "' is not a date in the form " + dateFormat);
        }
    }

    Instant parseInstant(String text) {
        ZoneId zoneId = ZoneId.of(zone);
        try {
            if (timestampFormat != null && !timestampFormat.isBlank()) {
                return LocalDateTime.parse(text, StrictDatePattern.of(timestampFormat)).atZone(zoneId).toInstant();
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException withoutOffset) {
                return LocalDateTime.parse(text).atZone(zoneId).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw new DateTimeException("'" + text + "' is not a date-time in the form "
                    + (timestampFormat == null || timestampFormat.isBlank() ? "ISO-8601 (2026-11-24T06:00:00Z)" : timestampFormat));
        }
    }

    private static List<String> problems(FileFormat format, String delimiter, boolean header, List<Column> columns,
                                         String charset, String decimalSeparator, String dateFormat,
                                         String timestampFormat, String zone) {
        List<String> problems = new ArrayList<>();
        if (columns.isEmpty()) {
            problems.add("a layout needs at least one column");
        }
        Set<String> seen = new HashSet<>();
        for (Column column : columns) {
            if (!column.isFiller() && !seen.add(column.name())) {
                problems.add("column " + column.name() + " is declared twice");
            }
        }
        if (format == FileFormat.CSV) {
            if (delimiter.length() != 1 || delimiter.equals("\"") || delimiter.equals("\n") || delimiter.equals("\r")) {
                problems.add("delimiter must be one character other than a quote or a line break, found '" + delimiter + "'");
            }
        } else {
            if (header) {
                problems.add("a fixed-width layout has no header line");
            }
            fixedWidthProblems(columns, problems);
        }
        try {
            Charset.forName(charset);
        } catch (IllegalArgumentException e) {
            problems.add("unknown charset '" + charset + "'");
        }
        if (decimalSeparator.length() != 1) {
            problems.add("decimal-separator must be one character, found '" + decimalSeparator + "'");
        }
        for (String pattern : new String[] {dateFormat, timestampFormat}) {
            if (pattern != null && !pattern.isBlank()) {
                try {
                    StrictDatePattern.of(pattern);
                } catch (IllegalArgumentException e) {
                    problems.add("'" + pattern + "' is not a date pattern: " + e.getMessage());
                }
            }
        }
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.add("unknown zone '" + zone + "'");
        }
        return problems;
    }

    private static void fixedWidthProblems(List<Column> columns, List<String> problems) {
        Column previous = null;
        for (Column column : columns) {
            if (column.start() == null || column.length() == null || column.start() < 1 || column.length() < 1) {
                problems.add("fixed-width column " + column.name() + " needs a start (from 1) and a length (at least 1)");
                continue;
            }
            if (previous != null && column.start() <= previous.end()) {
                problems.add("fixed-width column " + column.name() + " starts at " + column.start()
                        + ", inside or before column " + previous.name() + " (" + previous.start() + "-" + previous.end()
                        + "): declare columns in file order without overlap");
            }
            previous = column;
        }
    }
}
