package io.passerelle.mappings.edi.inbound;

import io.passerelle.canonical.validation.Gs1CheckDigit;
import java.util.Set;

/** Recognising GS1 keys in what partners send. */
final class Gs1Keys {

    private static final Set<Integer> GTIN_LENGTHS = Set.of(8, 12, 13, 14);
    private static final int SSCC_WITH_APPLICATION_IDENTIFIER = 20;

    private Gs1Keys() {
    }

    /**
     * An unqualified item number (PIA without 7143) that has a GTIN's length and a valid GS1 check digit:
     * read as a GTIN. ISBN-13s are GTIN-13s, which is how book trade despatch advices send them.
     */
    static boolean looksLikeGtin(String code) {
        return code != null && GTIN_LENGTHS.contains(code.length()) && Gs1CheckDigit.isValid(code);
    }

    /**
     * An SSCC as written on the label: MAN*GM often carries the GS1-128 application identifier (00) in
     * front of the 18 digits. The canonical SSCC is the 18 digits.
     */
    static String sscc(String marks) {
        String value = marks.strip();
        if (value.length() == SSCC_WITH_APPLICATION_IDENTIFIER && value.startsWith("00")) {
            return value.substring(2);
        }
        return value;
    }
}
