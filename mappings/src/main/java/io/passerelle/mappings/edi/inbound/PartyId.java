package io.passerelle.mappings.edi.inbound;

import io.passerelle.mappings.edi.read.Segment;

/**
 * A party as a message names it (NAD, N1) or as the envelope names it (UNB, ISA).
 *
 * @param code the party's identifier; may be null when a party is named by name only
 * @param gln  true when {@code code} is a GS1 GLN
 */
record PartyId(String code, boolean gln, String name) {

    private static final int GLN_LENGTH = 13;

    /** NAD: C082 3039, a GLN when its agency (3055) is 9, GS1. */
    static PartyId fromNad(Segment nad) {
        String code = nad.component(2, 1);
        String name = nad.component(4, 1).isEmpty() ? nad.component(3, 1) : nad.component(4, 1);
        return new PartyId(code.isEmpty() ? null : code, "9".equals(nad.component(2, 3)) && digits(code, GLN_LENGTH),
                name.isEmpty() ? null : name);
    }

    /** N1: N104 with its qualifier N103, UL being a GLN. */
    static PartyId fromN1(Segment n1) {
        String code = n1.element(4);
        return new PartyId(code.isEmpty() ? null : code, "UL".equals(n1.element(3)), n1.element(2).isEmpty() ? null : n1.element(2));
    }

    /** UNB sender or recipient: qualifier 14 is a GLN. ISA qualifiers have no GLN code. */
    static PartyId fromEnvelope(String id, String qualifier, boolean edifact) {
        return new PartyId(id, edifact && "14".equals(qualifier) && digits(id, GLN_LENGTH), null);
    }

    private static boolean digits(String value, int length) {
        return value.length() == length && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
