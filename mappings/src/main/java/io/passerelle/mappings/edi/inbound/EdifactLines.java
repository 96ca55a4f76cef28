package io.passerelle.mappings.edi.inbound;

import io.passerelle.mappings.edi.read.Segment;
import io.passerelle.mappings.edi.read.SegmentGroup;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** Reading an EDIFACT line item group (LIN, PIA, IMD, QTY), shared by the EDIFACT translators. */
final class EdifactLines {

    /** 7143 codes for a GTIN: GS1's SRV (EANCOM 2002), EN (EANCOM 1997), UP and UK from the UCC days. */
    private static final Set<String> GTIN = Set.of("SRV", "EN", "UP", "UK");
    private static final Set<String> BUYER = Set.of("IN", "BP");
    private static final Set<String> SUPPLIER = Set.of("SA", "MF");
    private static final int PIA_NUMBERS = 5;
    /** Without 6411 a quantity counts trade items: pieces. */
    static final String PIECES = "H87";

    private EdifactLines() {
    }

    /** The product codes of LIN C212 and of every PIA C212. */
    static ItemIdentity item(SegmentGroup line) {
        Segment lin = line.trigger();
        String[] found = classify(lin.component(3, 1), lin.component(3, 2));
        for (Segment pia : line.all("PIA")) {
            for (int element = 2; element < 2 + PIA_NUMBERS; element++) {
                String[] more = classify(pia.component(element, 1), pia.component(element, 2));
                for (int i = 0; i < found.length; i++) {
                    if (found[i] == null) {
                        found[i] = more[i];
                    }
                }
            }
        }
        return new ItemIdentity(found[0], found[1], found[2], found[3]);
    }

    /** {gtin, buyer, supplier, other}, one of them set. */
    private static String[] classify(String code, String qualifier) {
        String[] slots = new String[4];
        if (code.isEmpty()) {
            return slots;
        }
        if (GTIN.contains(qualifier) || (qualifier.isEmpty() && Gs1Keys.looksLikeGtin(code))) {
            slots[0] = code;
        } else if (BUYER.contains(qualifier)) {
            slots[1] = code;
        } else if (SUPPLIER.contains(qualifier)) {
            slots[2] = code;
        } else {
            slots[3] = code;
        }
        return slots;
    }

    /** The first QTY whose qualifier (6063) is one of the given, in the order given. */
    static Optional<Segment> quantity(SegmentGroup line, String... qualifiers) {
        for (String qualifier : qualifiers) {
            for (Segment qty : line.all("QTY")) {
                if (qty.component(1, 1).equals(qualifier)) {
                    return Optional.of(qty);
                }
            }
        }
        return Optional.empty();
    }

    /** C186 6060: a decimal, with a comma when the interchange uses it as decimal mark. */
    static BigDecimal amount(Segment qty) {
        String value = qty.component(1, 2);
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ContentError(qty, 1, 2, EDIStreamValidationError.INVALID_CHARACTER_DATA, "a decimal quantity", "\"" + value + "\"");
        }
    }

    /** C186 6411 through the conversion tables, or pieces when the quantity has no unit. */
    static String unit(Segment qty, PartnerCodes codes) {
        String unit = qty.component(1, 3);
        return unit.isEmpty() ? PIECES : codes.unit(unit, true);
    }

    /** IMD C273 7008, the first free-text description. */
    static String description(SegmentGroup line) {
        return line.all("IMD").stream().map(imd -> imd.component(3, 4)).filter(text -> !text.isEmpty()).findFirst().orElse(null);
    }

    /** LIN 1082, or the line's rank when the partner left it empty. */
    static int lineNumber(Segment lin, int rank) {
        String value = lin.element(1);
        if (value.isEmpty()) {
            return rank;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ContentError(lin, 1, 0, EDIStreamValidationError.INVALID_CHARACTER_DATA, "a line number", "\"" + value + "\"");
        }
    }

    /** The references of a qualifier (RFF C506 1153), e.g. ON for order numbers, from RFF segments anywhere in the group. */
    static java.util.List<String> references(SegmentGroup group, String qualifier) {
        return group.deep("RFF").stream().filter(rff -> rff.component(1, 1).equals(qualifier))
                .map(rff -> rff.component(1, 2)).filter(value -> !value.isEmpty()).toList();
    }
}
