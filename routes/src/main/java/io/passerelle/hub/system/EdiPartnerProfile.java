package io.passerelle.hub.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A trading partner as the EDI gateway knows it (config/partners.yml).
 *
 * @param gln                  the partner's GLN: the buyer on its orders, and how the hub finds the partner's
 *                             customer record (its natural key)
 * @param ourGln               the GLN the partner knows us by (the seller or supplier on documents)
 * @param interchangeId        the partner's interchange id (UNB sender / ISA06), the GLN unless told
 * @param interchangeQualifier its qualifier: 14 (GLN) for EANCOM, ZZ or 01 for X12 …
 * @param ourInterchangeId     our interchange id with this partner, our GLN unless told
 * @param standard             EDIFACT (EANCOM) or X12
 * @param version              D96A or D01B for EANCOM; 004010 or 005010 for X12
 * @param syntax               the EDIFACT syntax identifier of what we send: UNOA, UNOB or UNOC (the default)
 * @param sends                message types the partner sends us (ORDERS, INVRPT, ORDRSP, DESADV / 850, 846, 855, 856)
 * @param receivesMessages     message types we send the partner (ORDRSP, DESADV, PRICAT / 855, 856, 832)
 * @param acknowledgements     whether we acknowledge every interchange it sends (CONTRL / 997 / 999); true
 *                             unless told
 * @param defaultCurrency      the currency agreed with the partner, for orders that state none
 * @param articleSystem        the system whose article numbers the partner quotes as ours (PIA SA, X12 VN):
 *                             usually the ERP, "erp" unless told
 */
public record EdiPartnerProfile(
        @NotBlank @Pattern(regexp = "\\d{13}", message = "must be a 13-digit GLN") String gln,
        @NotBlank @Pattern(regexp = "\\d{13}", message = "must be a 13-digit GLN") String ourGln,
        String interchangeId,
        String interchangeQualifier,
        String ourInterchangeId,
        @NotNull Standard standard,
        @NotBlank @Pattern(regexp = "D96A|D01B|004010|005010", message = "must be D96A or D01B (EANCOM), 004010 or 005010 (X12)") String version,
        String syntax,
        List<String> sends,
        List<String> receivesMessages,
        Boolean acknowledgements,
        String defaultCurrency,
        String articleSystem) {

    public enum Standard { EDIFACT, X12 }

    public EdiPartnerProfile {
        interchangeId = interchangeId == null || interchangeId.isBlank() ? gln : interchangeId;
        ourInterchangeId = ourInterchangeId == null || ourInterchangeId.isBlank() ? ourGln : ourInterchangeId;
        interchangeQualifier = interchangeQualifier == null || interchangeQualifier.isBlank()
                ? (standard == Standard.X12 ? "ZZ" : "14") : interchangeQualifier;
        syntax = syntax == null || syntax.isBlank() ? "UNOC" : syntax;
        sends = sends == null ? List.of() : List.copyOf(sends);
        receivesMessages = receivesMessages == null ? List.of() : List.copyOf(receivesMessages);
        acknowledgements = acknowledgements == null || acknowledgements;
        articleSystem = articleSystem == null || articleSystem.isBlank() ? "erp" : articleSystem;
    }

    /** The EDIFACT directory release of the messages ({@code 96A}, {@code 01B}), or the X12 ISA version. */
    public String release() {
        return standard == Standard.EDIFACT ? version.replaceFirst("^D", "") : version.substring(0, 5);
    }
}
