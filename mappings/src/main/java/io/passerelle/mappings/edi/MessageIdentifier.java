package io.passerelle.mappings.edi;

/**
 * Which message a UNH or an ST announces.
 *
 * @param type        {@code ORDERS}, {@code 850}...
 * @param version     EDIFACT 0052 ({@code D}); X12 the version from ST03 or GS08 ({@code 004010VICS})
 * @param release     EDIFACT 0054 ({@code 01B}); empty for X12
 * @param agency      EDIFACT 0051 ({@code UN}); X12 GS07 ({@code X})
 * @param association EDIFACT 0057, the subset version ({@code EAN010}); empty for X12
 */
public record MessageIdentifier(EdiStandard standard, String type, String version, String release, String agency,
                                String association) {

    public MessageIdentifier {
        type = type == null ? "" : type;
        version = version == null ? "" : version;
        release = release == null ? "" : release;
        agency = agency == null ? "" : agency;
        association = association == null ? "" : association;
    }

    /** {@code ORDERS:D:01B:UN:EAN010} or {@code 850 (004010VICS)}. */
    @Override
    public String toString() {
        if (standard == EdiStandard.X12) {
            return type + " (" + version + ")";
        }
        String id = String.join(":", type, version, release, agency);
        return association.isEmpty() ? id : id + ":" + association;
    }
}
