package io.passerelle.mappings.edi.inbound;

import io.passerelle.mappings.edi.read.Segment;
import java.time.LocalDate;
import java.util.List;

/** X12 DTM segments: qualifier 374 in DTM01, date in DTM02. */
final class X12Dates {

    private X12Dates() {
    }

    /** The date of the first DTM with one of these qualifiers, in the order given; null when none. */
    static LocalDate first(List<Segment> dtms, String... qualifiers) {
        for (String qualifier : qualifiers) {
            for (Segment dtm : dtms) {
                if (dtm.element(1).equals(qualifier) && dtm.has(2)) {
                    return EdiDates.x12(dtm, 2);
                }
            }
        }
        return null;
    }
}
