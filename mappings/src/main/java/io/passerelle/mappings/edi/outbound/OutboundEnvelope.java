package io.passerelle.mappings.edi.outbound;

import io.passerelle.mappings.edi.EdiStandard;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The envelope of an interchange the hub sends. Control numbers come from the caller (the routes keep
 * the counters per partner and record what was sent); the writers only write them.
 *
 * @param syntax                    EDIFACT syntax identifier and version ({@code UNOC:3}); X12 the ISA
 *                                  version ({@code 00401} or {@code 00501})
 * @param senderQualifier           EDIFACT 0007 ({@code 14} for a GLN); X12 ISA05 ({@code ZZ}, {@code 01}...)
 * @param interchangeControlNumber  UNB 0020 or ISA13 (digits, at most 9, for X12)
 * @param groupControlNumber        GS06 for X12; unused for EDIFACT (no UNG is written)
 * @param messageReference          UNH 0062 or ST02 of the (first) message
 */
public record OutboundEnvelope(
        EdiStandard standard,
        String syntax,
        String senderId,
        String senderQualifier,
        String receiverId,
        String receiverQualifier,
        String interchangeControlNumber,
        String groupControlNumber,
        String messageReference,
        LocalDateTime prepared,
        boolean test) {

    public OutboundEnvelope {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(interchangeControlNumber, "interchangeControlNumber");
        Objects.requireNonNull(messageReference, "messageReference");
        Objects.requireNonNull(prepared, "prepared");
        if (standard == EdiStandard.X12) {
            Objects.requireNonNull(groupControlNumber, "an X12 interchange needs a group control number (GS06)");
        }
    }

    /** An EANCOM interchange in syntax UNOC version 3, parties identified by GLN (qualifier 14). */
    public static OutboundEnvelope eancom(String senderGln, String receiverGln, String interchangeControlNumber,
                                          String messageReference, LocalDateTime prepared, boolean test) {
        return new OutboundEnvelope(EdiStandard.EDIFACT, "UNOC:3", senderGln, "14", receiverGln, "14",
                interchangeControlNumber, null, messageReference, prepared, test);
    }

    /** An X12 interchange; {@code isaVersion} is {@code 00401} or {@code 00501}. */
    public static OutboundEnvelope x12(String isaVersion, String senderQualifier, String senderId, String receiverQualifier,
                                       String receiverId, String interchangeControlNumber, String groupControlNumber,
                                       String transactionSetControlNumber, LocalDateTime prepared, boolean test) {
        return new OutboundEnvelope(EdiStandard.X12, isaVersion, senderId, senderQualifier, receiverId, receiverQualifier,
                interchangeControlNumber, groupControlNumber, transactionSetControlNumber, prepared, test);
    }

    /** The X12 version release of GS08 that goes with the ISA version: 004010 or 005010. */
    public String x12GroupVersion() {
        return syntax + "0";
    }
}
