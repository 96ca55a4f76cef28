package io.passerelle.mappings.edi.read;

import io.passerelle.canonical.validation.Violation;
import io.passerelle.mappings.edi.EdiValidationError;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.util.List;

/**
 * What became of one received message. Syntax first (a CONTRL, 997 or 999 reports it), then meaning:
 * the canonical objects, or why they could not be had.
 */
public sealed interface MessageOutcome {

    /**
     * True when the message is syntactically acceptable: the acknowledgement accepts it, whatever
     * happens to its content afterwards (a code to map, a canonical rule broken).
     */
    boolean syntaxAccepted();

    /**
     * Valid, and translated into canonical objects that satisfy the canonical rules.
     *
     * @param payload an {@code Order}, a {@code List<Shipment>}, a {@code List<StockLevel>} or an
     *                {@code AcknowledgementStatus}, depending on the message type
     */
    record Translated(Object payload) implements MessageOutcome {

        @Override
        public boolean syntaxAccepted() {
            return true;
        }

        public <T> T payload(Class<T> type) {
            return type.cast(payload);
        }

        /** The payload as a list of the given element type (shipments, stock levels). */
        public <E> List<E> payloadList(Class<E> elementType) {
            return ((List<?>) payload).stream().map(elementType::cast).toList();
        }
    }

    /**
     * Valid EDI, translated, but the canonical objects break canonical rules (a GTIN check digit, a
     * missing delivery date): syntax is accepted, the content goes to a steward or back to the partner
     * as a business rejection.
     */
    record BreaksCanonicalRules(Object payload, List<Violation> violations) implements MessageOutcome {

        public BreaksCanonicalRules {
            violations = List.copyOf(violations);
        }

        @Override
        public boolean syntaxAccepted() {
            return true;
        }

        public <T> T payload(Class<T> type) {
            return type.cast(payload);
        }

        public <E> List<E> payloadList(Class<E> elementType) {
            return ((List<?>) payload).stream().map(elementType::cast).toList();
        }
    }

    /** The message breaks its schema or carries data that cannot be read: rejected, with every error located. */
    record Invalid(List<EdiValidationError> errors) implements MessageOutcome {

        public Invalid {
            errors = List.copyOf(errors);
        }

        @Override
        public boolean syntaxAccepted() {
            return false;
        }
    }

    /**
     * No schema for this message type or version: rejected as "no agreement" (EDIFACT) or "transaction
     * set not supported" (X12). Envelope errors found in it (UNT count...) are listed too.
     */
    record NotSupported(String reason, List<EdiValidationError> errors) implements MessageOutcome {

        public NotSupported {
            errors = List.copyOf(errors);
        }

        @Override
        public boolean syntaxAccepted() {
            return false;
        }
    }

    /**
     * Valid, but a partner code has no mapping and the domain's policy rejects or parks the message
     * ({@link UnmappedCodeException#mustPark()}). The code is already in the stewards' inbox.
     */
    record Unmapped(UnmappedCodeException cause) implements MessageOutcome {

        @Override
        public boolean syntaxAccepted() {
            return true;
        }
    }

    /**
     * Valid, and of a type the hub only sends (PRICAT, 832): nothing to translate. The message content
     * is on the {@link ReceivedMessage}.
     */
    record Validated() implements MessageOutcome {

        @Override
        public boolean syntaxAccepted() {
            return true;
        }
    }
}
