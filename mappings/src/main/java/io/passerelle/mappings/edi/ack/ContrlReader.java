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
 * A received CONTRL as an {@link AcknowledgementStatus}: UCI for the interchange, UCF for groups, UCM
 * for messages, UCS and UCD for the segments and elements in error. Action codes (0083): 4 rejected,
 * 7 accepted (lower levels too, unless rejected explicitly), 8 received.
 */
public final class ContrlReader implements InboundTranslator {

    @Override
    public AcknowledgementStatus translate(MessageContent content, TranslationContext context) {
        Segment uci = content.first("UCI").orElseThrow();
        List<MessageStatus> messages = new ArrayList<>();
        for (SegmentGroup response : content.loops("MESSAGE_RESPONSE")) {
            messages.add(message(response, "SEGMENT_ERROR"));
        }
        String group = null;
        List<ReportedError> errors = new ArrayList<>(serviceErrors(uci, 5));
        for (SegmentGroup groupResponse : content.loops("GROUP_RESPONSE")) {
            Segment ucf = groupResponse.trigger();
            group = group == null ? ucf.element(1) : group;
            errors.addAll(serviceErrors(ucf, 5));
            for (SegmentGroup response : groupResponse.loops("GROUP_MESSAGE_RESPONSE")) {
                messages.add(message(response, "GROUP_SEGMENT_ERROR"));
            }
        }
        Status status = status(uci.element(4));
        if (status == Status.ACCEPTED && messages.stream().anyMatch(m -> m.status() == Status.REJECTED)) {
            status = Status.PARTIALLY_ACCEPTED;
        }
        return new AcknowledgementStatus(EdiStandard.EDIFACT, uci.element(1), group, null, status, messages, errors);
    }

    private static MessageStatus message(SegmentGroup response, String segmentLoop) {
        Segment ucm = response.trigger();
        List<ReportedError> errors = new ArrayList<>(serviceErrors(ucm, 4));
        for (SegmentGroup segmentError : response.loops(segmentLoop)) {
            Segment ucs = segmentError.trigger();
            int position = Integer.parseInt(ucs.element(1));
            if (ucs.has(2)) {
                errors.add(new ReportedError(null, position, 0, 0, null, ucs.element(2),
                        SyntaxErrorCodes.describeEdifact(ucs.element(2))));
            }
            for (Segment ucd : segmentError.all("UCD")) {
                errors.add(new ReportedError(null, position, number(ucd.component(2, 1)), number(ucd.component(2, 2)), null,
                        ucd.element(1), SyntaxErrorCodes.describeEdifact(ucd.element(1))));
            }
        }
        return new MessageStatus(ucm.element(1), ucm.component(2, 1), status(ucm.element(3)), errors);
    }

    /** An error on a service segment (UNB, UNH, UNT...) given in UCI, UCF or UCM: 0085, 0135, S011. */
    private static List<ReportedError> serviceErrors(Segment segment, int codeElement) {
        if (!segment.has(codeElement)) {
            return List.of();
        }
        String code = segment.element(codeElement);
        String tag = segment.element(codeElement + 1);
        return List.of(new ReportedError(tag.isEmpty() ? null : tag, 0, number(segment.component(codeElement + 2, 1)),
                number(segment.component(codeElement + 2, 2)), null, code, SyntaxErrorCodes.describeEdifact(code)));
    }

    private static Status status(String action) {
        switch (action) {
            case "4":
                return Status.REJECTED;
            case "8":
                return Status.RECEIVED;
            default:
                return Status.ACCEPTED;
        }
    }

    private static int number(String value) {
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }
}
