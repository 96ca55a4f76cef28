package io.passerelle.mappings.edi.outbound;

/**
 * A message could not be written: the canonical data does not fit the partner's format (a value too
 * long, a code with no mapping) or the output failed. Permanent for the data, the message names what.
 */
public class OutboundEdiException extends RuntimeException {

    public OutboundEdiException(String message, Throwable cause) {
        super(message, cause);
    }

    public OutboundEdiException(String message) {
        super(message);
    }
}
