package io.passerelle.mappings.wms;

import io.passerelle.canonical.ProductReference;
import io.passerelle.canonical.validation.CanonicalValidator;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed access to one line's fields that collects every problem of the line instead of stopping at
 * the first, so the WMS team fixes a line once.
 */
final class LineFields {

    private static final CanonicalValidator VALIDATOR = new CanonicalValidator();

    private final String file;
    private final FlatRecord record;
    private final FlatFileLayout layout;
    private final List<LineError> errors;

    LineFields(String file, FlatRecord record, FlatFileLayout layout, List<LineError> errors) {
        this.file = file;
        this.record = record;
        this.layout = layout;
        this.errors = errors;
    }

    String optional(String column) {
        return record.value(column);
    }

    String required(String column) {
        String value = record.value(column);
        if (value == null) {
            problem(column, "is empty, a value is required");
        }
        return value;
    }

    BigDecimal decimal(String column) {
        String value = required(column);
        try {
            return value == null ? null : layout.parseDecimal(value);
        } catch (NumberFormatException e) {
            problem(column, e.getMessage());
            return null;
        }
    }

    LocalDate date(String column) {
        String value = required(column);
        try {
            return value == null ? null : layout.parseDate(value);
        } catch (DateTimeException e) {
            problem(column, e.getMessage());
            return null;
        }
    }

    Instant instant(String column) {
        String value = required(column);
        try {
            return value == null ? null : layout.parseInstant(value);
        } catch (DateTimeException e) {
            problem(column, e.getMessage());
            return null;
        }
    }

    /** A GTIN is checked before any code is translated, so a mistyped GTIN never links an item. */
    String gtin(String column) {
        String value = optional(column);
        if (value != null) {
            VALIDATOR.validate(new ProductReference(null, value)).forEach(v -> problem(column, "'" + value + "': " + v.rule()));
        }
        return value;
    }

    void problem(String column, String problem) {
        errors.add(new LineError(file, record.line(), column, problem));
    }
}
