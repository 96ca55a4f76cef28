package io.passerelle.mappings.edi;

/**
 * The delimiters of an interchange as a partner profile states them: EDIFACT's UNA (or the defaults of
 * the syntax level), X12's ISA (element separator at ISA position 4, ISA11 repetition from 00402, ISA16
 * component, and the character after ISA16).
 *
 * @param repetition 0 when the syntax has none (EDIFACT syntax 3, X12 before 00402)
 * @param release    0 for X12, which has no release character
 * @param decimal    the decimal mark (EDIFACT UNA position 6); X12 always uses '.'
 */
public record EdiSeparators(char segment, char element, char component, char release, char repetition, char decimal) {

    /** UNA:+.? ' — the EDIFACT syntax 3 defaults. */
    public static EdiSeparators edifact() {
        return new EdiSeparators('\'', '+', ':', '?', (char) 0, '.');
    }

    /** ~ * > and ^ for repetitions when the ISA version allows them. */
    public static EdiSeparators x12(boolean repetitions) {
        return new EdiSeparators('~', '*', '>', (char) 0, repetitions ? '^' : (char) 0, '.');
    }
}
