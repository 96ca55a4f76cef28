package io.passerelle.mappings.edi.read;

import io.passerelle.mappings.edi.EdiValidationError;
import io.passerelle.mappings.edi.GroupHeader;
import io.passerelle.mappings.edi.InterchangeHeader;
import io.passerelle.mappings.edi.Tolerance;
import java.util.List;

/**
 * The end of an interchange: its envelope, the envelope errors (UNB/UNZ, ISA/IEA and group trailers),
 * and how many messages it delivered. Handed out after its last message.
 *
 * @param header       null only when the stream could not be read as an interchange at all
 * @param groups       the functional groups, in order; empty for an EDIFACT interchange without UNG
 * @param messageCount messages delivered as {@link ReceivedMessage}s
 * @param errors       interchange-level validation errors (group-level ones are on their group)
 * @param fatal        why reading stopped before the interchange's end, or null when it ended normally
 */
public record ReceivedInterchange(
        InterchangeHeader header,
        List<Group> groups,
        int messageCount,
        List<EdiValidationError> errors,
        List<Tolerance> tolerated,
        String fatal) implements Received, Parsed {

    /**
     * @param messageCount messages read in this group
     * @param errors       group-level errors (UNG/UNE, GS/GE)
     */
    public record Group(GroupHeader header, int messageCount, List<EdiValidationError> errors) {

        public Group {
            errors = List.copyOf(errors);
        }
    }

    public ReceivedInterchange {
        groups = List.copyOf(groups);
        errors = List.copyOf(errors);
        tolerated = List.copyOf(tolerated);
    }

    /** True when the envelope itself is sound: the interchange was read to its end without envelope error. */
    public boolean envelopeAccepted() {
        return fatal == null && errors.isEmpty();
    }
}
