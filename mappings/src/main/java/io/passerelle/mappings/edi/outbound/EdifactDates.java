package io.passerelle.mappings.edi.outbound;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as the writers put them: EDIFACT DTM format 102 and X12 CCYYMMDD are both {@code uuuuMMdd}. */
final class EdifactDates {

    static final String CCYYMMDD_FORMAT = "102";
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd");

    private EdifactDates() {
    }

    static String format(LocalDate date) {
        return date.format(CCYYMMDD);
    }

    /** DTM C507: qualifier, date, format 102. */
    static void dtm(InterchangeWriter writer, String qualifier, LocalDate date) {
        writer.segment("DTM").composite(qualifier, format(date), CCYYMMDD_FORMAT).end();
    }
}
