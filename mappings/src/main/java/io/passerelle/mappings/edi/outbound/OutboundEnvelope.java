package io.passerelle.mappings.edi.outbound;

import io.passerelle.mappings.edi.EdiSeparators;
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
 * @param directory                 EDIFACT: the directory release of the messages ({@code 96A} for EANCOM
 *                                  1997, {@code 01B} for EANCOM 2002); X12: unused, the version follows the ISA
 * @param separators                the partner's delimiters; the character set follows the EDIFACT syntax
 *                                  identifier (UNOA/UNOB/UNOC: ISO 8859-1, UNOW/UNOY: UTF-8)
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
        boolean test,
        String directory,
        EdiSeparators separators) {

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
        Objects.requireNonNull(separators, "separators");
    }

    /** A decimal as this partner writes it: plain digits, with its decimal mark (UNA position 6). */
    public String decimal(java.math.BigDecimal value) {
        String plain = value.toPlainString();
        return standard == EdiStandard.EDIFACT ? plain.replace('.', separators.decimal()) : plain;
    }

    /** The same envelope with the partner's delimiters. */
    public OutboundEnvelope withSeparators(EdiSeparators partnerSeparators) {
        return new OutboundEnvelope(standard, syntax, senderId, senderQualifier, receiverId, receiverQualifier,
                interchangeControlNumber, groupControlNumber, messageReference, prepared, test, directory, partnerSeparators);
    }

    /** The same envelope for messages of another EDIFACT directory release ({@code 96A}, {@code 01B}). */
    public OutboundEnvelope withDirectory(String release) {
        return new OutboundEnvelope(standard, syntax, senderId, senderQualifier, receiverId, receiverQualifier,
                interchangeControlNumber, groupControlNumber, messageReference, prepared, test, release, separators);
    }

    /** The same envelope with another syntax identifier ({@code UNOA:3}, {@code UNOC:3}) or ISA version. */
    public OutboundEnvelope withSyntax(String syntaxIdentifier) {
        return new OutboundEnvelope(standard, syntaxIdentifier, senderId, senderQualifier, receiverId, receiverQualifier,
                interchangeControlNumber, groupControlNumber, messageReference, prepared, test, directory,
                standard == EdiStandard.X12 ? EdiSeparators.x12(syntaxIdentifier.compareTo("00402") >= 0) : separators);
    }

    /**
     * An EANCOM interchange in syntax UNOC version 3, parties identified by GLN (qualifier 14), directory
     * D.96A and the default delimiters; {@link #withDirectory}, {@link #withSyntax} and
     * {@link #withSeparators} follow the partner's profile.
     */
    public static OutboundEnvelope eancom(String senderGln, String receiverGln, String interchangeControlNumber,
                                          String messageReference, LocalDateTime prepared, boolean test) {
        return new OutboundEnvelope(EdiStandard.EDIFACT, "UNOC:3", senderGln, "14", receiverGln, "14",
                interchangeControlNumber, null, messageReference, prepared, test, "96A", EdiSeparators.edifact());
    }

    /** An X12 interchange; {@code isaVersion} is {@code 00401} or {@code 00501}. */
    public static OutboundEnvelope x12(String isaVersion, String senderQualifier, String senderId, String receiverQualifier,
                                       String receiverId, String interchangeControlNumber, String groupControlNumber,
                                       String transactionSetControlNumber, LocalDateTime prepared, boolean test) {
        return new OutboundEnvelope(EdiStandard.X12, isaVersion, senderId, senderQualifier, receiverId, receiverQualifier,
                interchangeControlNumber, groupControlNumber, transactionSetControlNumber, prepared, test, null,
                EdiSeparators.x12(isaVersion.compareTo("00402") >= 0));
    }

    /** The X12 version release of GS08 that goes with the ISA version: 004010 or 005010. */
    public String x12GroupVersion() {
        return syntax + "0";
    }
}
