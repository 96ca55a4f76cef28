package io.passerelle.mappings.edi.outbound;

import io.passerelle.mappings.edi.schema.MessageKind;
import io.passerelle.mappings.edi.schema.MessageSchemas;

/** What the EDIFACT writers share: the message header for the envelope's directory and EANCOM edition, GS1 qualifiers. */
final class EdifactMessages {

    private EdifactMessages() {
    }

    /**
     * UNH with {@code TYPE:D:release:UN:EANnnn} (the EANCOM subset version the message follows), validated by
     * Passerelle's schema of that directory.
     */
    static void start(InterchangeWriter writer, MessageSchemas schemas, MessageKind kind, String reference, OutboundEnvelope envelope) {
        writer.startMessage(reference, kind.type(), schemas.forWriting(kind, envelope.directory()).schema(),
                "D", envelope.directory(), "UN", EancomSubsets.association(kind, envelope.directory()));
    }

    /** 7143 for a GTIN: EN in EANCOM 1997 (D.96A), SRV from EANCOM 2002 (D.01B). */
    static String gtinQualifier(OutboundEnvelope envelope) {
        return envelope.directory().compareTo("93A") >= 0 ? "EN" : "SRV";
    }

    /** The next message reference, keeping its width: 0001 then 0002; a non-numeric one gets a suffix. */
    static String next(String reference, int index) {
        if (index == 0) {
            return reference;
        }
        try {
            String next = String.valueOf(Long.parseLong(reference) + index);
            return "0".repeat(Math.max(0, reference.length() - next.length())) + next;
        } catch (NumberFormatException e) {
            return reference + "-" + (index + 1);
        }
    }
}
