package io.passerelle.mappings.xref;

/** A code translated to the canonical one, and how the hub got there. */
public record Translation(String canonicalCode, How how) {

    public enum How {
        /** An existing mapping. */
        MAPPED,
        /** The system of record published new master data: a canonical entry and its mapping were created. */
        CREATED,
        /** Another system's record carried a known natural key (GTIN, GLN, VAT, ISO code): linked. */
        LINKED,
        /** Unknown; the domain's policy supplied its default value. */
        DEFAULTED,
        /** Unknown; the domain's policy carries the code unchanged. */
        PASSED_THROUGH
    }
}
