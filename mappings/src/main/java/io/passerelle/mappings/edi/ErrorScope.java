package io.passerelle.mappings.edi;

/** Which level of the envelope an error belongs to: it decides which acknowledgement segment reports it. */
public enum ErrorScope {
    /** UNA/UNB/UNZ or ISA/IEA, and faults of the stream itself (truncated, unreadable). */
    INTERCHANGE,
    /** UNG/UNE or GS/GE. */
    GROUP,
    /** From UNH to UNT, or from ST to SE. */
    MESSAGE
}
