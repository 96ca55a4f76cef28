package io.passerelle.mappings.edi.ack;

import io.passerelle.mappings.edi.EdiValidationError;
import io.passerelle.mappings.edi.GroupHeader;
import io.passerelle.mappings.edi.ack.InterchangeAcknowledgement.AcknowledgedMessage;
import io.passerelle.mappings.edi.outbound.InterchangeWriter;
import io.passerelle.mappings.edi.outbound.OutboundEdiException;
import io.passerelle.mappings.edi.outbound.OutboundEnvelope;
import io.passerelle.mappings.edi.read.ReceivedInterchange;
import io.passerelle.mappings.edi.schema.MessageKind;
import io.passerelle.mappings.edi.schema.MessageSchemas;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the functional acknowledgements answering a received X12 interchange: a 997 when the envelope
 * says 00401 (version 004010), a 999 (005010X231, with IK3/IK4/IK5) when it says 00501. One transaction
 * set per functional group received, in one FA group.
 *
 * <p>Per transaction set an AK2 and an AK5/IK5 (A, or R with 1 not supported, 3 control number
 * mismatch, 4 segment count mismatch, 5 segments in error); per segment in error an AK3/IK3 with the
 * segment's tag and position counted from ST = 1; per element in error an AK4/IK4 with the element and
 * component position, the data element number and a copy of the bad data. AK9 gives the group's verdict
 * and counts. Envelope (ISA/IEA) faults belong in a TA1, which Passerelle does not write: they are on
 * the {@link ReceivedInterchange} for the routes.
 */
public final class X12AcknowledgementWriter {

    private static final String IMPLEMENTATION_999 = "005010X231";
    private static final int BAD_DATA_MAX = 99;

    private final MessageSchemas schemas;

    public X12AcknowledgementWriter(MessageSchemas schemas) {
        this.schemas = schemas;
    }

    public void write(InterchangeAcknowledgement acknowledgement, OutboundEnvelope envelope, OutputStream out) {
        ReceivedInterchange interchange = acknowledgement.interchange();
        if (interchange.groups().isEmpty()) {
            throw new OutboundEdiException("no functional group to acknowledge in "
                    + (interchange.header() == null ? "an unreadable stream" : interchange.header().describe())
                    + (interchange.fatal() == null ? "" : " (" + interchange.fatal() + ")")
                    + ": interchange-level faults need a TA1, which Passerelle does not write");
        }
        boolean implementation = envelope.syntax().compareTo("00501") >= 0;
        MessageKind kind = implementation ? MessageKind.X12_999 : MessageKind.X12_997;
        Schema schema = schemas.forWriting(kind, envelope.x12GroupVersion()).schema();
        String what = kind.type() + " for " + (interchange.header() == null ? "interchange" : interchange.header().describe());
        try (InterchangeWriter writer = InterchangeWriter.open(out, envelope, "FA", what)) {
            String reference = envelope.messageReference();
            for (ReceivedInterchange.Group group : interchange.groups()) {
                if (implementation) {
                    writer.startMessage(reference, kind.type(), schema, IMPLEMENTATION_999);
                } else {
                    writer.startMessage(reference, kind.type(), schema);
                }
                writeGroup(writer, group, acknowledgement.messages().stream()
                        .filter(message -> sameGroup(message.group(), group.header())).toList(), implementation);
                writer.endMessage();
                reference = next(reference);
            }
        }
    }

    private static void writeGroup(InterchangeWriter writer, ReceivedInterchange.Group group, List<AcknowledgedMessage> messages,
                                   boolean implementation) {
        GroupHeader header = group.header();
        writer.segment("AK1").element(header.functionalId()).element(header.controlNumber());
        if (implementation) {
            writer.element(header.version());
        }
        writer.end();
        int accepted = 0;
        for (AcknowledgedMessage message : messages) {
            writeTransaction(writer, message, implementation);
            accepted += message.accepted() ? 1 : 0;
        }
        List<String> groupCodes = new ArrayList<>();
        for (EdiValidationError error : group.errors()) {
            if (error.error() == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH) {
                groupCodes.add(SyntaxErrorCodes.X12_GROUP_CONTROL_NUMBER_MISMATCH);
            } else if (error.error() == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT) {
                groupCodes.add(SyntaxErrorCodes.X12_GROUP_COUNT_MISMATCH);
            }
        }
        String verdict;
        if (!group.errors().isEmpty() || accepted == 0 && !messages.isEmpty()) {
            verdict = "R";
        } else if (accepted < messages.size()) {
            verdict = "P";
        } else {
            verdict = "A";
        }
        writer.segment("AK9").element(verdict).element(String.valueOf(group.messageCount()))
                .element(String.valueOf(messages.size())).element(String.valueOf(accepted));
        groupCodes.stream().distinct().limit(5).forEach(writer::element);
        writer.end();
    }

    private static void writeTransaction(InterchangeWriter writer, AcknowledgedMessage message, boolean implementation) {
        writer.segment("AK2").element(message.header().identifier().type()).element(message.header().reference()).end();
        MessageErrors errors = new MessageErrors(message.errors());
        for (Map.Entry<Integer, List<EdiValidationError>> segment : errors.bySegment.entrySet()) {
            EdiValidationError first = segment.getValue().get(0);
            EdiValidationError segmentLevel = MessageErrors.segmentLevel(segment.getValue());
            String code = segmentLevel == null ? "8" : SyntaxErrorCodes.x12Segment(segmentLevel.error(), implementation);
            writer.segment(implementation ? "IK3" : "AK3").element(first.segmentTag())
                    .element(String.valueOf(segment.getKey())).element(null).element(code).end();
            for (EdiValidationError error : segment.getValue()) {
                if (error.isElementError()) {
                    writer.segment(implementation ? "IK4" : "AK4")
                            .composite(String.valueOf(error.elementPosition()),
                                    error.componentPosition() > 0 ? String.valueOf(error.componentPosition()) : null)
                            .element(numeric(error.elementReference()))
                            .element(SyntaxErrorCodes.x12Element(error.error(), implementation))
                            .element(badData(error.value()))
                            .end();
                }
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        if (message.notSupported()) {
            codes.add(SyntaxErrorCodes.X12_NOT_SUPPORTED);
        }
        for (EdiValidationError error : errors.envelope) {
            if (error.error() == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH) {
                codes.add(SyntaxErrorCodes.X12_CONTROL_NUMBER_MISMATCH);
            } else if (error.error() == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT) {
                codes.add(SyntaxErrorCodes.X12_SEGMENT_COUNT_MISMATCH);
            }
        }
        if (!errors.bySegment.isEmpty() || (!message.accepted() && codes.isEmpty())) {
            codes.add(SyntaxErrorCodes.X12_SEGMENTS_IN_ERROR);
        }
        writer.segment(implementation ? "IK5" : "AK5").element(message.accepted() ? "A" : "R");
        if (!message.accepted()) {
            codes.stream().limit(5).forEach(writer::element);
        }
        writer.end();
    }

    /** AK402 is a number; composite references (C001) are left out. */
    private static String numeric(String reference) {
        return reference != null && !reference.isEmpty() && reference.chars().allMatch(Character::isDigit) ? reference : null;
    }

    private static String badData(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return value.length() > BAD_DATA_MAX ? value.substring(0, BAD_DATA_MAX) : value;
    }

    private static boolean sameGroup(GroupHeader a, GroupHeader b) {
        return a != null && b != null && Objects.equals(a.controlNumber(), b.controlNumber());
    }

    /** The next control number, keeping its width: 0001 then 0002. */
    static String next(String reference) {
        try {
            String next = String.valueOf(Long.parseLong(reference) + 1);
            return "0".repeat(Math.max(0, reference.length() - next.length())) + next;
        } catch (NumberFormatException e) {
            throw new OutboundEdiException("transaction set control number '" + reference + "' is not numeric: "
                    + "the acknowledgement of several groups numbers its transaction sets from it");
        }
    }
}
