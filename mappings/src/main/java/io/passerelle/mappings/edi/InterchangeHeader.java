package io.passerelle.mappings.edi;

import java.time.LocalDateTime;

/**
 * What the envelope (UNB or ISA) says about an interchange: the facts the routes persist to refuse a
 * duplicate and to address the acknowledgement.
 *
 * @param syntaxIdentifier EDIFACT syntax identifier and version ({@code UNOC:3}); X12 the ISA version
 *                         ({@code 00401})
 * @param senderQualifier  EDIFACT partner identification code qualifier ({@code 14} for a GLN), X12 ISA05
 * @param prepared         date and time of preparation, as the sender wrote them (no time zone in EDI)
 * @param controlNumber    UNB 0020 or ISA13, unique per sender: the duplicate key with {@link #senderId()}
 * @param test             UNB 0035 = 1, or ISA15 = T
 */
public record InterchangeHeader(
        EdiStandard standard,
        String syntaxIdentifier,
        String senderId,
        String senderQualifier,
        String receiverId,
        String receiverQualifier,
        LocalDateTime prepared,
        String controlNumber,
        boolean test) {

    /** For example {@code interchange 896 from 4250159300001 to unbekannt}. */
    public String describe() {
        return "interchange " + controlNumber + " from " + senderId + " to " + receiverId;
    }
}
