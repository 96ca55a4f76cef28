package io.passerelle.mappings.edi.read;

import io.passerelle.mappings.edi.EdiValidationError;
import io.passerelle.mappings.edi.GroupHeader;
import io.passerelle.mappings.edi.InterchangeHeader;
import io.passerelle.mappings.edi.MessageHeader;
import io.passerelle.mappings.edi.Tolerance;
import io.passerelle.mappings.edi.schema.SchemaChoice;
import java.util.List;

/**
 * A message as read and validated by StAEDI, before translation.
 *
 * @param group  null when the interchange has no functional groups
 * @param choice the schema chosen from the message header; null when the header could not be read
 * @param errors the errors StAEDI found in the message, located
 */
record ParsedMessage(InterchangeHeader interchange, GroupHeader group, MessageHeader header, SchemaChoice choice,
                     List<EdiValidationError> errors, List<Tolerance> tolerated, MessageContent content) implements Parsed {

    String interchangeNumber() {
        return interchangeNumber(interchange);
    }

    /** How errors and parking name an interchange: by its control number, once its header has been read. */
    static String interchangeNumber(InterchangeHeader interchange) {
        return interchange == null ? "(unknown)" : interchange.controlNumber();
    }

    String groupNumber() {
        return group == null ? null : group.controlNumber();
    }
}
