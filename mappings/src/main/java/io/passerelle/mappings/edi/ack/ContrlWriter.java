package io.passerelle.mappings.edi.ack;

import io.passerelle.mappings.edi.EdiValidationError;
import io.passerelle.mappings.edi.GroupHeader;
import io.passerelle.mappings.edi.InterchangeHeader;
import io.passerelle.mappings.edi.MessageIdentifier;
import io.passerelle.mappings.edi.ack.InterchangeAcknowledgement.AcknowledgedMessage;
import io.passerelle.mappings.edi.outbound.InterchangeWriter;
import io.passerelle.mappings.edi.outbound.OutboundEdiException;
import io.passerelle.mappings.edi.outbound.OutboundEnvelope;
import io.passerelle.mappings.edi.read.ReceivedInterchange;
import io.passerelle.mappings.edi.schema.MessageKind;
import io.passerelle.mappings.edi.schema.MessageSchemas;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the CONTRL (syntax version 3, {@code CONTRL:D:3:UN}) answering a received EDIFACT interchange.
 *
 * <p>Positive: UCI with action 7, "this level and all lower levels acknowledged if not explicitly
 * rejected", and nothing else. Negative: UCI with action 4 when the envelope is at fault (with the
 * first error's code, service segment and element), and for each rejected message a UCM with action 4;
 * its UNH/UNT error on the UCM itself, each body segment in error as a UCS with its position counted
 * from UNH = 1, and each element in error as a UCD with its element and component positions. A message
 * Passerelle has no agreement for is rejected with 0085 = 17 on its message identifier.
 */
public final class ContrlWriter {

    private static final String ACCEPTED = "7";
    private static final String REJECTED = "4";
    private static final String UNSPECIFIED = "18";

    private final MessageSchemas schemas;

    public ContrlWriter(MessageSchemas schemas) {
        this.schemas = schemas;
    }

    public void write(InterchangeAcknowledgement acknowledgement, OutboundEnvelope envelope, OutputStream out) {
        ReceivedInterchange interchange = acknowledgement.interchange();
        InterchangeHeader received = interchange.header();
        if (received == null) {
            throw new OutboundEdiException("no CONTRL can answer a stream that was not readable as an interchange (" + interchange.fatal()
                    + "): there is no interchange reference or sender to address it to");
        }
        try (InterchangeWriter writer = InterchangeWriter.open(out, envelope, null, "CONTRL for " + received.describe())) {
            writer.startMessage(envelope.messageReference(), "CONTRL", schemas.forWriting(MessageKind.CONTRL, "3").schema(), "D", "3", "UN");
            writeUci(writer, interchange);
            if (interchange.groups().isEmpty()) {
                acknowledgement.messages().stream().filter(message -> !message.accepted()).forEach(message -> writeUcm(writer, message));
            } else {
                for (ReceivedInterchange.Group group : interchange.groups()) {
                    writeUcf(writer, group);
                    acknowledgement.messages().stream()
                            .filter(message -> !message.accepted() && sameGroup(message.group(), group.header()))
                            .forEach(message -> writeUcm(writer, message));
                }
            }
            writer.endMessage();
        }
    }

    private static void writeUci(InterchangeWriter writer, ReceivedInterchange interchange) {
        InterchangeHeader received = interchange.header();
        writer.segment("UCI").element(received.controlNumber())
                .composite(received.senderId(), received.senderQualifier())
                .composite(received.receiverId(), received.receiverQualifier())
                .element(interchange.envelopeAccepted() ? ACCEPTED : REJECTED);
        if (!interchange.errors().isEmpty()) {
            serviceError(writer, interchange.errors().get(0));
        } else if (interchange.fatal() != null) {
            writer.element(UNSPECIFIED);
        }
        writer.end();
    }

    private static void writeUcf(InterchangeWriter writer, ReceivedInterchange.Group group) {
        GroupHeader header = group.header();
        writer.segment("UCF").element(header.controlNumber()).composite(header.applicationSender())
                .composite(header.applicationReceiver()).element(group.errors().isEmpty() ? ACCEPTED : REJECTED);
        if (!group.errors().isEmpty()) {
            serviceError(writer, group.errors().get(0));
        }
        writer.end();
    }

    private static void writeUcm(InterchangeWriter writer, AcknowledgedMessage message) {
        MessageIdentifier id = message.header().identifier();
        writer.segment("UCM").element(message.header().reference())
                .composite(id.type(), id.version(), id.release(), id.agency(), id.association())
                .element(REJECTED);
        MessageErrors errors = new MessageErrors(message.errors());
        if (message.notSupported()) {
            // The message identifier (UNH element 2) names what there is no agreement for.
            writer.element(SyntaxErrorCodes.EDIFACT_NO_AGREEMENT).element("UNH").composite("2");
        } else if (!errors.envelope.isEmpty()) {
            serviceError(writer, errors.envelope.get(0));
        }
        writer.end();
        for (Map.Entry<Integer, List<EdiValidationError>> segment : errors.bySegment.entrySet()) {
            EdiValidationError segmentLevel = MessageErrors.segmentLevel(segment.getValue());
            writer.segment("UCS").element(String.valueOf(segment.getKey()))
                    .element(segmentLevel == null ? null : SyntaxErrorCodes.edifact(segmentLevel.error())).end();
            for (EdiValidationError error : segment.getValue()) {
                if (error.isElementError()) {
                    writer.segment("UCD").element(SyntaxErrorCodes.edifact(error.error()))
                            .composite(String.valueOf(error.elementPosition()),
                                    error.componentPosition() > 0 ? String.valueOf(error.componentPosition()) : null)
                            .end();
                }
            }
        }
    }

    /** 0085, 0135 (the service segment at fault) and S011 (its element and component). */
    private static void serviceError(InterchangeWriter writer, EdiValidationError error) {
        writer.element(SyntaxErrorCodes.edifact(error.error())).element(error.segmentTag());
        if (error.isElementError()) {
            writer.composite(String.valueOf(error.elementPosition()),
                    error.componentPosition() > 0 ? String.valueOf(error.componentPosition()) : null);
        }
    }

    private static boolean sameGroup(GroupHeader a, GroupHeader b) {
        return a != null && b != null && Objects.equals(a.controlNumber(), b.controlNumber());
    }
}
