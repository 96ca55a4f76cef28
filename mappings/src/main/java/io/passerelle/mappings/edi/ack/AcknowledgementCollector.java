package io.passerelle.mappings.edi.ack;

import io.passerelle.mappings.edi.EdiValidationError;
import io.passerelle.mappings.edi.ack.InterchangeAcknowledgement.AcknowledgedMessage;
import io.passerelle.mappings.edi.read.MessageOutcome;
import io.passerelle.mappings.edi.read.Received;
import io.passerelle.mappings.edi.read.ReceivedInterchange;
import io.passerelle.mappings.edi.read.ReceivedMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gathers, while an interchange is read, what its acknowledgement must say. Keeps one small verdict per
 * message (not the message), and hands out the complete acknowledgement when the interchange ends.
 */
public final class AcknowledgementCollector {

    private final List<AcknowledgedMessage> messages = new ArrayList<>();

    /** Takes the next item from the reader; returns the acknowledgement once the item closes an interchange. */
    public Optional<InterchangeAcknowledgement> add(Received received) {
        if (received instanceof ReceivedMessage message) {
            messages.add(verdict(message));
            return Optional.empty();
        }
        InterchangeAcknowledgement acknowledgement = new InterchangeAcknowledgement((ReceivedInterchange) received, messages);
        messages.clear();
        return Optional.of(acknowledgement);
    }

    private static AcknowledgedMessage verdict(ReceivedMessage message) {
        MessageOutcome outcome = message.outcome();
        List<EdiValidationError> errors = List.of();
        boolean notSupported = false;
        if (outcome instanceof MessageOutcome.Invalid invalid) {
            errors = invalid.errors();
        } else if (outcome instanceof MessageOutcome.NotSupported unsupported) {
            errors = unsupported.errors();
            notSupported = true;
        }
        return new AcknowledgedMessage(message.group(), message.header(), outcome.syntaxAccepted(), notSupported, errors);
    }
}
