package io.passerelle.mappings.edi.read;

import io.passerelle.mappings.edi.GroupHeader;
import io.passerelle.mappings.edi.InterchangeHeader;
import io.passerelle.mappings.edi.MessageHeader;
import io.passerelle.mappings.edi.Tolerance;
import io.passerelle.mappings.edi.schema.MessageKind;
import java.util.List;

/**
 * One message of an interchange and its outcome.
 *
 * @param group     null when the interchange has no functional groups (EDIFACT without UNG)
 * @param kind      the schema's message kind; null when Passerelle has no schema for the message
 * @param tolerated deviations accepted while reading this message
 * @param content   the message body as read, for parking samples and for types without translation
 */
public record ReceivedMessage(
        InterchangeHeader interchange,
        GroupHeader group,
        MessageHeader header,
        MessageKind kind,
        MessageOutcome outcome,
        List<Tolerance> tolerated,
        MessageContent content) implements Received {

    public ReceivedMessage {
        tolerated = List.copyOf(tolerated);
    }

    /** For example {@code interchange 896 from 4250159300001 to unbekannt, message 1 (ref 2019265563, ORDERS:D:01B:UN:EAN010)}. */
    public String describe() {
        return interchange.describe() + ", " + header.describe();
    }
}
