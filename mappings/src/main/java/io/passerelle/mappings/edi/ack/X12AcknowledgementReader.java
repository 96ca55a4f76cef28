package io.passerelle.mappings.edi.ack;

import io.passerelle.mappings.edi.EdiStandard;
import io.passerelle.mappings.edi.ack.AcknowledgementStatus.MessageStatus;
import io.passerelle.mappings.edi.ack.AcknowledgementStatus.ReportedError;
import io.passerelle.mappings.edi.ack.AcknowledgementStatus.Status;
import io.passerelle.mappings.edi.inbound.InboundTranslator;
import io.passerelle.mappings.edi.inbound.TranslationContext;
import io.passerelle.mappings.edi.read.MessageContent;
import io.passerelle.mappings.edi.read.Segment;
import io.passerelle.mappings.edi.read.SegmentGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * A received 997 or 999 as an {@link AcknowledgementStatus} for the functional group AK1 names: AK2 and
 * AK5/IK5 per transaction set, AK3/IK3 per segment in error, AK4/IK4 per element in error, AK9 for the
 * group. Codes A accepted, E accepted with errors, P partially accepted, R (M, W, X) rejected.
 */
public final class X12AcknowledgementReader implements InboundTranslator {

    @Override
    public AcknowledgementStatus translate(MessageContent content, TranslationContext context) {
        Segment ak1 = content.first("AK1").orElseThrow();
        Segment ak9 = content.first("AK9").orElseThrow();
        List<MessageStatus> messages = new ArrayList<>();
        for (SegmentGroup response : content.loops("TRANSACTION_RESPONSE")) {
            messages.add(message(response));
        }
        List<ReportedError> groupErrors = new ArrayList<>();
        for (int element = 5; element <= 9; element++) {
            if (ak9.has(element)) {
                groupErrors.add(new ReportedError("GE", 0, 0, 0, null, ak9.element(element), "functional group error " + ak9.element(element)));
            }
        }
        return new AcknowledgementStatus(EdiStandard.X12, null, ak1.element(2), ak1.element(1), status(ak9.element(1)),
                messages, groupErrors);
    }

    private static MessageStatus message(SegmentGroup response) {
        Segment ak2 = response.trigger();
        Segment trailer = response.first("AK5").or(() -> response.first("IK5")).orElseThrow();
        List<ReportedError> errors = new ArrayList<>();
        for (SegmentGroup note : response.loops("SEGMENT_NOTE")) {
            Segment segment = note.trigger();
            String tag = segment.element(1);
            int position = Integer.parseInt(segment.element(2));
            if (segment.has(4)) {
                errors.add(new ReportedError(tag, position, 0, 0, null, segment.element(4),
                        SyntaxErrorCodes.describeX12Segment(segment.element(4))));
            }
            List<Segment> elementNotes = new ArrayList<>(note.deep("AK4"));
            elementNotes.addAll(note.deep("IK4"));
            for (Segment element : elementNotes) {
                String bad = element.element(4);
                errors.add(new ReportedError(tag, position, number(element.component(1, 1)), number(element.component(1, 2)),
                        element.element(2), element.element(3), SyntaxErrorCodes.describeX12Element(element.element(3))
                                + (bad.isEmpty() ? "" : ": \"" + bad + "\"")));
            }
        }
        for (int element = 2; element <= 6; element++) {
            if (trailer.has(element)) {
                errors.add(new ReportedError("SE", 0, 0, 0, null, trailer.element(element),
                        SyntaxErrorCodes.describeX12Transaction(trailer.element(element))));
            }
        }
        return new MessageStatus(ak2.element(2), ak2.element(1), status(trailer.element(1)), errors);
    }

    private static Status status(String code) {
        switch (code) {
            case "A":
                return Status.ACCEPTED;
            case "E":
                return Status.ACCEPTED_WITH_ERRORS;
            case "P":
                return Status.PARTIALLY_ACCEPTED;
            default:
                return Status.REJECTED;
        }
    }

    private static int number(String value) {
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }
}
