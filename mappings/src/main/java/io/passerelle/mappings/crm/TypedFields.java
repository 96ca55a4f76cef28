package io.passerelle.mappings.crm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of a change event read as what they hold in Salesforce (dates, numbers, semicolon-separated
 * lists), with every value that is not what its field type says gathered as a problem naming the field and
 * the value, so that one refusal lists them all.
 */
final class TypedFields {

    /** A field as the event gives it: {@code touched} false means the event says nothing about it. */
    record Field<T>(boolean touched, T value) {

        T or(T previous) {
            return touched ? value : previous;
        }

        boolean setTo(T expected) {
            return touched && expected.equals(value);
        }
    }

    private final RecordChange change;
    private final List<String> problems = new ArrayList<>();

    TypedFields(RecordChange change) {
        this.change = change;
    }

    Field<String> text(String name) {
        RecordChange.Value value = change.field(name);
        return new Field<>(value.touched(), value.text());
    }

    /** A Salesforce Date field: ISO 8601, YYYY-MM-DD. */
    Field<LocalDate> date(String name) {
        RecordChange.Value value = change.field(name);
        if (value.text() == null) {
            return new Field<>(value.touched(), null);
        }
        try {
            return new Field<>(true, LocalDate.parse(value.text()));
        } catch (DateTimeParseException e) {
            problems.add(name + " = \"" + value.text() + "\": not a date (expected YYYY-MM-DD)");
            return new Field<>(true, null);
        }
    }

    /** A Salesforce Number, Percent or Currency field, sent as a JSON number (text is accepted too). */
    Field<BigDecimal> decimal(String name) {
        RecordChange.Value value = change.field(name);
        if (value.text() == null) {
            return new Field<>(value.touched(), null);
        }
        try {
            return new Field<>(true, new BigDecimal(value.text()));
        } catch (NumberFormatException e) {
            problems.add(name + " = \"" + value.text() + "\": not a number");
            return new Field<>(true, null);
        }
    }

    /** A text field holding a semicolon-separated list (as a multi-select picklist does); blanks are dropped. */
    Field<List<String>> list(String name) {
        RecordChange.Value value = change.field(name);
        if (value.text() == null) {
            return new Field<>(value.touched(), List.of());
        }
        return new Field<>(true, Arrays.stream(value.text().split(";")).map(String::strip)
                .filter(item -> !item.isEmpty()).distinct().toList());
    }

    void problem(String description) {
        problems.add(description);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }
}
