package io.passerelle.mappings.xref;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A domain's table as CSV, for stewards who work in spreadsheets. An import is checked whole (syntax,
 * canonical codes, overlaps, ambiguity) before anything is written, and applied in one transaction; an
 * export imports back as no change at all. Rows are identified by (system, external code, valid from):
 * a matching row is updated, a new one inserted; rows absent from the file are left alone.
 */
public class MappingCsv {

    public static final String HEADER = "system,external_code,canonical_code,preferred,valid_from,valid_to";
    private static final int COLUMNS = 6;

    private final ConversionTables tables;

    public MappingCsv(ConversionTables tables) {
        this.tables = tables;
    }

    public String export(String domain) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        tables.allOf(domain).stream()
                .sorted(Comparator.comparing(Mapping::system).thenComparing(Mapping::externalCode)
                        .thenComparing(Mapping::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(m -> csv.append(String.join(",", CsvLines.quote(m.system()), CsvLines.quote(m.externalCode()),
                        CsvLines.quote(m.canonicalCode()), Boolean.toString(m.preferred()),
                        Objects.toString(m.validFrom(), ""), Objects.toString(m.validTo(), ""))).append("\r\n"));
        return csv.toString();
    }

    public ImportReport importCsv(String domain, String csv, ChangeAuthor author) {
        tables.domains().require(domain);
        ChangeAuthor importer = new ChangeAuthor(author.actor(), ChangeSource.IMPORT, author.reason());
        List<LineError> errors = new ArrayList<>();
        List<CsvLines.Line> lines = CsvLines.parse(csv, errors);
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(1, "empty file: expected the header " + HEADER));
        } else if (!lines.isEmpty() && !String.join(",", lines.get(0).fields()).trim().equalsIgnoreCase(HEADER)) {
            errors.add(new LineError(lines.get(0).number(), "expected the header " + HEADER));
        }
        Map<List<Object>, Mapping> existing = new HashMap<>();
        tables.allOf(domain).forEach(m -> existing.put(identity(m), m));
        Map<List<Object>, Integer> seen = new HashMap<>();
        List<Mapping> changes = new ArrayList<>();
        Map<Mapping, Integer> lineOf = new java.util.IdentityHashMap<>();
        int unchanged = 0;
        for (CsvLines.Line line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            Mapping parsed = parse(domain, line, errors);
            if (parsed == null) {
                continue;
            }
            Integer duplicate = seen.put(identity(parsed), line.number());
            if (duplicate != null) {
                errors.add(new LineError(line.number(), "same system, external code and valid_from as line " + duplicate));
                continue;
            }
            Mapping current = existing.get(identity(parsed));
            if (current != null && current.equals(parsed.withId(current.id()))) {
                unchanged++;
                continue;
            }
            Mapping change = current == null ? parsed : parsed.withId(current.id());
            changes.add(change);
            lineOf.put(change, line.number());
        }
        if (errors.isEmpty() && !changes.isEmpty()) {
            errors.addAll(ruleErrors(domain, changes, lineOf));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(LineError::line));
            throw new CsvImportRefused(errors);
        }
        if (changes.isEmpty()) {
            return new ImportReport(0, 0, unchanged);
        }
        List<Mapping> applied = tables.applyAll(domain, changes, importer);
        int created = (int) changes.stream().filter(c -> c.id() == null).count();
        return new ImportReport(created, applied.size() - created, unchanged);
    }

    /** Checks each changed line against the table as the whole file would leave it, naming the line. */
    private List<LineError> ruleErrors(String domain, List<Mapping> changes, Map<Mapping, Integer> lineOf) {
        List<LineError> errors = new ArrayList<>();
        tables.violationsPerChange(domain, changes).forEach((change, reasons) ->
                reasons.forEach(reason -> errors.add(new LineError(lineOf.get(change), reason))));
        return errors;
    }

    private static Mapping parse(String domain, CsvLines.Line line, List<LineError> errors) {
        List<String> f = line.fields();
        if (f.size() != COLUMNS) {
            errors.add(new LineError(line.number(), "expected " + COLUMNS + " columns (" + HEADER + "), found " + f.size()));
            return null;
        }
        int before = errors.size();
        String system = required(f.get(0), "system", line, errors);
        String code = required(f.get(1), "external_code", line, errors);
        String canonical = required(f.get(2), "canonical_code", line, errors);
        String preferredText = f.get(3).trim().toLowerCase();
        if (!preferredText.equals("true") && !preferredText.equals("false")) {
            errors.add(new LineError(line.number(), "preferred must be true or false, found '" + f.get(3) + "'"));
        }
        LocalDate from = date(f.get(4), "valid_from", line, errors);
        LocalDate to = date(f.get(5), "valid_to", line, errors);
        if (from != null && to != null && !from.isBefore(to)) {
            errors.add(new LineError(line.number(), "valid_to " + to + " must be after valid_from " + from));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Mapping(null, domain, system, code, canonical, preferredText.equals("true"), from, to);
    }

    private static String required(String value, String column, CsvLines.Line line, List<LineError> errors) {
        if (value.isBlank()) {
            errors.add(new LineError(line.number(), column + " is empty"));
        }
        return value.trim();
    }

    private static LocalDate date(String value, String column, CsvLines.Line line, List<LineError> errors) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new LineError(line.number(), column + " '" + value + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static List<Object> identity(Mapping m) {
        return java.util.Arrays.asList(m.system(), m.externalCode(), m.validFrom());
    }

    public record LineError(int line, String reason) {
        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }

    public record ImportReport(int created, int updated, int unchanged) {
    }

    /** The file was refused whole; nothing was applied. */
    public static class CsvImportRefused extends RuntimeException {
        private final List<LineError> errors;

        public CsvImportRefused(List<LineError> errors) {
            super("import refused, nothing applied: " + errors.size() + " bad line(s): "
                    + String.join("; ", errors.stream().map(LineError::toString).toList()));
            this.errors = List.copyOf(errors);
        }

        public List<LineError> errors() {
            return errors;
        }
    }
}
