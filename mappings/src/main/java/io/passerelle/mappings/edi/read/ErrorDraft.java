package io.passerelle.mappings.edi.read;

import io.passerelle.mappings.edi.EdiValidationError;
import io.passerelle.mappings.edi.ErrorScope;
import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * An error as StAEDI reported it, before its message or interchange is fully known: StAEDI reports an
 * error on UNH 0062 before delivering the reference it concerns, so the located error is completed when
 * the message (or group, or interchange) ends.
 *
 * @param rawPosition segment position counted from the start of the interchange, as StAEDI counts
 */
record ErrorDraft(ErrorScope scope, String segmentTag, int rawPosition, int element, int component, int repetition,
                  String elementReference, EDIStreamValidationError error, String expected, String found,
                  String value) {

    /**
     * @param headerPosition the raw position of the message header, to count positions from it; 0 to
     *                       keep interchange positions (envelope errors)
     */
    EdiValidationError locate(String interchange, String group, String messageReference, int messageIndex, int headerPosition) {
        int position = headerPosition > 0 ? rawPosition - headerPosition + 1 : rawPosition;
        return new EdiValidationError(scope, interchange, group, messageReference, messageIndex, segmentTag, position,
                element, component, repetition, elementReference, error, expected, found, value);
    }
}
