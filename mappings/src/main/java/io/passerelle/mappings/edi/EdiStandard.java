package io.passerelle.mappings.edi;

/** The two EDI syntaxes the gateway speaks. */
public enum EdiStandard {
    EDIFACT,
    X12;

    /** From StAEDI's standard name ({@code EDIFACT}, {@code X12}); TRADACOMS is not supported. */
    public static EdiStandard fromStaedi(String name) {
        for (EdiStandard standard : values()) {
            if (standard.name().equals(name)) {
                return standard;
            }
        }
        throw new IllegalArgumentException("EDI standard " + name + " is not supported by Passerelle (EDIFACT and X12 are)");
    }
}
