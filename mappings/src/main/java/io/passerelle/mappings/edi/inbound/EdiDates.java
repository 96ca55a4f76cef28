package io.passerelle.mappings.edi.inbound;

import io.passerelle.mappings.edi.read.Segment;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Dates as EDIFACT DTM and X12 date elements carry them. EDIFACT states the format in 2379 (102
 * CCYYMMDD, 203 CCYYMMDDHHMM...); a value that does not match its format is a {@link ContentError},
 * located on the element.
 */
public final class EdiDates {

    /** Strict: the default (smart) resolving read 20261131 as 30 November instead of refusing a day that does not exist. */
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private EdiDates() {
    }

    /** The date of the first DTM whose qualifier (2005) is one of the given, in the order given. */
    public static Optional<LocalDate> edifact(List<Segment> dtms, String... qualifiers) {
        for (String qualifier : qualifiers) {
            for (Segment dtm : dtms) {
                if (dtm.component(1, 1).equals(qualifier) && !dtm.component(1, 2).isEmpty()) {
                    return Optional.of(edifact(dtm));
                }
            }
        }
        return Optional.empty();
    }

    /** A DTM's date (the start of a period for format 718). */
    public static LocalDate edifact(Segment dtm) {
        String value = dtm.component(1, 2);
        String format = dtm.component(1, 3);
        try {
            switch (format.isEmpty() ? (value.length() == 6 ? "101" : "102") : format) {
                case "101":
                    return LocalDate.parse(value, YYMMDD);
                case "102":
                    return LocalDate.parse(value, CCYYMMDD);
                case "203":
                case "204":
                case "718":
                    return LocalDate.parse(value.substring(0, 8), CCYYMMDD);
                default:
                    throw new ContentError(dtm, 1, 3, EDIStreamValidationError.INVALID_CODE_VALUE,
                            "a date format Passerelle reads (101, 102, 203, 204, 718)", "format " + format);
            }
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new ContentError(dtm, 1, 2, EDIStreamValidationError.INVALID_DATE,
                    "a date in format " + (format.isEmpty() ? "102" : format), "\"" + value + "\"");
        }
    }

    /** An X12 date element (CCYYMMDD, or YYMMDD in older versions). */
    public static LocalDate x12(Segment segment, int element) {
        String value = segment.element(element);
        try {
            return LocalDate.parse(value, value.length() == 6 ? YYMMDD : CCYYMMDD);
        } catch (DateTimeParseException e) {
            throw new ContentError(segment, element, 0, EDIStreamValidationError.INVALID_DATE,
                    "a date CCYYMMDD", "\"" + value + "\"");
        }
    }

    /** An envelope date and time (UNB, ISA, GS), or null when it cannot be read: it is informative only. */
    public static LocalDateTime envelope(String date, String time) {
        try {
            LocalDate day = LocalDate.parse(date, date.length() == 6 ? YYMMDD : CCYYMMDD);
            if (time.length() < 4) {
                return day.atStartOfDay();
            }
            return day.atTime(Integer.parseInt(time.substring(0, 2)), Integer.parseInt(time.substring(2, 4)));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }
}
