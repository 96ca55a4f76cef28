package io.passerelle.mappings.edi.inbound;

import io.passerelle.mappings.edi.read.Segment;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.math.BigDecimal;
import java.util.Set;

/** Reading X12 line data (PO1, LIN, ACK, SN1 qualifier/ID pairs and quantities), shared by the X12 translators. */
final class X12Lines {

    /** 235 codes for a GS1 key: UPC (UP), EAN (EN), GTIN-14 (UK), and their older variants. */
    private static final Set<String> GTIN = Set.of("UP", "EN", "UK", "UA", "EO");
    private static final Set<String> BUYER = Set.of("IN", "BP", "CB", "PI");
    private static final Set<String> SUPPLIER = Set.of("VN", "VP", "VA");

    private X12Lines() {
    }

    /** The qualifier/ID pairs of a segment, from its first qualifier element, as product codes. */
    static ItemIdentity item(Segment segment, int firstQualifier) {
        String gtin = null;
        String buyer = null;
        String supplier = null;
        String other = null;
        for (int element = firstQualifier; element < segment.elementCount(); element += 2) {
            String qualifier = segment.element(element);
            String code = segment.element(element + 1);
            if (code.isEmpty()) {
                continue;
            }
            if (GTIN.contains(qualifier)) {
                gtin = gtin == null ? code : gtin;
            } else if (BUYER.contains(qualifier)) {
                buyer = buyer == null ? code : buyer;
            } else if (SUPPLIER.contains(qualifier)) {
                supplier = supplier == null ? code : supplier;
            } else if (other == null) {
                other = code;
            }
        }
        return new ItemIdentity(gtin, buyer, supplier, other);
    }

    static BigDecimal decimal(Segment segment, int element) {
        String value = segment.element(element);
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new ContentError(segment, element, 0, EDIStreamValidationError.INVALID_CHARACTER_DATA, "a quantity", "\"" + value + "\"");
        }
    }

    static int lineNumber(Segment segment, int rank) {
        String value = segment.element(1);
        if (value.isEmpty()) {
            return rank;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            // Assigned identifications may be alphanumeric; the rank keeps lines in order.
            return rank;
        }
    }
}
