package io.passerelle.mappings.edi.ack;

import io.passerelle.mappings.edi.EdiValidationError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rejected message's errors arranged as acknowledgements report them: those on the envelope segments
 * (UNH/UNT, ST/SE), and those of the body grouped by segment position.
 */
final class MessageErrors {

    private static final Set<String> ENVELOPE = Set.of("UNH", "UNT", "ST", "SE");

    final List<EdiValidationError> envelope = new ArrayList<>();
    final Map<Integer, List<EdiValidationError>> bySegment = new LinkedHashMap<>();

    MessageErrors(List<EdiValidationError> errors) {
        for (EdiValidationError error : errors) {
            if (ENVELOPE.contains(error.segmentTag())) {
                envelope.add(error);
            } else {
                bySegment.computeIfAbsent(error.segmentPosition(), position -> new ArrayList<>()).add(error);
            }
        }
    }

    /** The segment-level error of a segment's errors, if one of them is. */
    static EdiValidationError segmentLevel(List<EdiValidationError> errors) {
        return errors.stream().filter(error -> !error.isElementError()).findFirst().orElse(null);
    }
}
