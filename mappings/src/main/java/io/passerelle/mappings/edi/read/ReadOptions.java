package io.passerelle.mappings.edi.read;

/**
 * How strict reading is, where partners' practice and the standard part ways.
 *
 * @param envelopeCodeLists       validate the code lists of the envelope (partner identification
 *                                qualifiers, syntax identifiers) against StAEDI's built-in lists. Off by
 *                                default: those lists are incomplete (the EDIFACT list lacks qualifiers
 *                                such as 31B for a SAN) and trading partner agreements, not the gateway,
 *                                decide which qualifiers a partner may use
 * @param emptyTrailingComponents accept a simple element followed by an empty component (a component
 *                                separator right before the next delimiter), reading the element's value:
 *                                nothing is lost, and files whose ISA16 doubles as a stray terminator do it
 *                                on every segment
 */
public record ReadOptions(boolean envelopeCodeLists, boolean emptyTrailingComponents) {

    public static ReadOptions defaults() {
        return new ReadOptions(false, true);
    }
}
