package io.passerelle.mappings.edi.ack;

import io.passerelle.mappings.edi.EdiStandard;
import java.util.List;

/**
 * What a partner's CONTRL, 997 or 999 says about an interchange the hub sent, so the routes can find
 * the sent messages it concerns (by interchange, group and message reference) and mark them.
 *
 * @param interchange  the acknowledged interchange's control number (CONTRL UCI 0020); null for X12,
 *                     whose functional acknowledgements are per group
 * @param group        the acknowledged group's control number (AK102, UCF 0048); null when none
 * @param functionalId X12 AK101 ({@code PO}, {@code SH}...); null for EDIFACT
 * @param status       the overall verdict (UCI 0083, AK901)
 * @param errors       errors reported at interchange or group level
 */
public record AcknowledgementStatus(
        EdiStandard standard,
        String interchange,
        String group,
        String functionalId,
        Status status,
        List<MessageStatus> messages,
        List<ReportedError> errors) {

    public enum Status {
        ACCEPTED,
        /** X12 E: accepted, errors noted. */
        ACCEPTED_WITH_ERRORS,
        /** Some messages accepted, some rejected. */
        PARTIALLY_ACCEPTED,
        REJECTED,
        /** CONTRL action 8: received, not yet validated. */
        RECEIVED
    }

    /**
     * One acknowledged message (UCM, AK2/AK5).
     *
     * @param reference UNH 0062 or ST02 of the message the hub sent
     * @param type      its type ({@code ORDRSP}, {@code 855})
     */
    public record MessageStatus(String reference, String type, Status status, List<ReportedError> errors) {

        public MessageStatus {
            errors = List.copyOf(errors);
        }
    }

    /**
     * One error as the partner reported it.
     *
     * @param segmentTag       the segment in error (X12 AK301); for EDIFACT, the service segment
     *                         (0135) or null when the partner gave only a position
     * @param segmentPosition  counted from UNH or ST = 1; 0 when not given
     * @param elementPosition  0 for a segment-level error
     * @param elementReference X12 data element reference number (AK402); null when not given
     * @param code             the code as received (EDIFACT 0085, X12 720/723/718/716...)
     * @param description      the code in words, with the bad data when the partner copied it
     */
    public record ReportedError(String segmentTag, int segmentPosition, int elementPosition, int componentPosition,
                                String elementReference, String code, String description) {
    }

    public AcknowledgementStatus {
        messages = List.copyOf(messages);
        errors = List.copyOf(errors);
    }
}
