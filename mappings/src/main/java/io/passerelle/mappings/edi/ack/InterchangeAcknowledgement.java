package io.passerelle.mappings.edi.ack;

import io.passerelle.mappings.edi.EdiValidationError;
import io.passerelle.mappings.edi.GroupHeader;
import io.passerelle.mappings.edi.MessageHeader;
import io.passerelle.mappings.edi.read.ReceivedInterchange;
import java.util.List;

/** What to acknowledge for one received interchange: its envelope and the syntax verdict per message. */
public record InterchangeAcknowledgement(ReceivedInterchange interchange, List<AcknowledgedMessage> messages) {

    /**
     * @param group        the message's functional group; null without groups
     * @param accepted     the syntax verdict (content problems found later do not reject in a CONTRL/997)
     * @param notSupported no schema: rejected as "no agreement" / "transaction set not supported"
     * @param errors       the located errors that reject the message
     */
    public record AcknowledgedMessage(GroupHeader group, MessageHeader header, boolean accepted, boolean notSupported,
                                      List<EdiValidationError> errors) {

        public AcknowledgedMessage {
            errors = List.copyOf(errors);
        }
    }

    public InterchangeAcknowledgement {
        messages = List.copyOf(messages);
    }

    /** True when the envelope and every message are accepted: a positive acknowledgement. */
    public boolean positive() {
        return interchange.envelopeAccepted() && interchange.groups().stream().allMatch(group -> group.errors().isEmpty())
                && messages.stream().allMatch(AcknowledgedMessage::accepted);
    }
}
