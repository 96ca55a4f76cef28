package io.passerelle.mappings.edi.outbound;

import io.passerelle.mappings.edi.EdiStandard;
import io.passerelle.mappings.xref.CodeTranslator;

/**
 * Canonical units (UN/ECE Rec 20) as one partner writes them. EDIFACT carries Rec 20 itself; X12's
 * unit codes (355) differ (EA, CA) and go through the partner's conversion table, so an unmapped unit
 * stops the message with the domain's {@code UnmappedCodeException} instead of sending a wrong code.
 *
 * @param partnerSystem the partner's system name in the conversion tables
 */
public record PartnerUnits(CodeTranslator translator, String partnerSystem) {

    private static final String DOMAIN = "unit-of-measure";

    public String write(String canonicalUnit, EdiStandard standard) {
        if (standard == EdiStandard.EDIFACT) {
            return canonicalUnit;
        }
        return translator.toExternal(DOMAIN, partnerSystem, canonicalUnit, "edi:outbound");
    }
}
