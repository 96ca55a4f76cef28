package io.passerelle.mappings.crm;

/** A webhook body or one of its events that is not a readable change event; the message says what is wrong. */
public class MalformedChangeEvent extends RuntimeException {

    public MalformedChangeEvent(String message) {
        super(message);
    }

    public MalformedChangeEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
