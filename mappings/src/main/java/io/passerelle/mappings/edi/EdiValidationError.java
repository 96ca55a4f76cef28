package io.passerelle.mappings.edi;

import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.ArrayList;
import java.util.List;

/**
 * One validation error, located the way a partner's support desk and an acknowledgement need it.
 *
 * @param scope                     the envelope level at fault
 * @param interchangeControlNumber  UNB 0020 or ISA13 of the interchange it was found in
 * @param groupControlNumber        UNG 0048 or GS06; null outside a group
 * @param messageReference          UNH 0062 or ST02; null for an interchange or group error
 * @param messageIndex              1 for the first message of the interchange; 0 outside a message
 * @param segmentTag                the segment at fault (for a missing segment, the segment where the
 *                                  absence was noticed)
 * @param segmentPosition           counted from the start of the message, UNH or ST being 1 (as CONTRL
 *                                  UCS 0096 and X12 AK302 want it); outside a message, from the start of
 *                                  the interchange
 * @param elementPosition           1 for the first element after the tag; 0 for a segment-level error
 * @param componentPosition         1 for the first component of a composite; 0 when not in a composite
 * @param repetition                1 for the first occurrence of a repeating element; 0 when not relevant
 * @param elementReference          data element or composite reference ({@code 3039}, {@code C273},
 *                                  {@code 373}), or the missing segment's tag; may be null
 * @param error                     StAEDI's classification, which the acknowledgement codes derive from
 * @param expected                  what the schema or the envelope requires, in words
 * @param found                     what the message carries, in words
 * @param value                     the offending data as received, for acknowledgements that copy it
 *                                  (X12 AK404); null for a missing segment or element
 */
public record EdiValidationError(
        ErrorScope scope,
        String interchangeControlNumber,
        String groupControlNumber,
        String messageReference,
        int messageIndex,
        String segmentTag,
        int segmentPosition,
        int elementPosition,
        int componentPosition,
        int repetition,
        String elementReference,
        EDIStreamValidationError error,
        String expected,
        String found,
        String value) {

    /** True when the error concerns a data element or component rather than a whole segment. */
    public boolean isElementError() {
        return elementPosition > 0;
    }

    /**
     * For example: {@code interchange 896, message 1 (ref 2019265563), segment IMD at position 359,
     * element 3, component 7 (C273): TOO_MANY_COMPONENTS, expected at most 6 components, found
     * component 7 "6"}.
     */
    public String describe() {
        List<String> where = new ArrayList<>();
        where.add("interchange " + interchangeControlNumber);
        if (groupControlNumber != null) {
            where.add("group " + groupControlNumber);
        }
        if (messageReference != null) {
            where.add("message " + messageIndex + " (ref " + messageReference + ")");
        }
        String segment = "segment " + segmentTag + " at position " + segmentPosition;
        if (elementPosition > 0) {
            segment += ", element " + elementPosition;
            if (componentPosition > 0) {
                segment += ", component " + componentPosition;
            }
            if (repetition > 1) {
                segment += ", repetition " + repetition;
            }
        }
        if (elementReference != null && !elementReference.isEmpty()) {
            segment += " (" + elementReference + ")";
        }
        where.add(segment);
        return String.join(", ", where) + ": " + error + ", expected " + expected + ", found " + found;
    }

    @Override
    public String toString() {
        return describe();
    }
}
