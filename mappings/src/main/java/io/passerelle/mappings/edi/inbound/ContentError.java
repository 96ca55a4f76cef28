package io.passerelle.mappings.edi.inbound;

import io.passerelle.mappings.edi.read.Segment;
import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * Data that passes the schema but cannot be read for what it must mean: a date that is not a date, a
 * line without any product identification. Located like a syntax error, so the partner is told where.
 */
public class ContentError extends RuntimeException {

    private final transient Segment segment;
    private final int element;
    private final int component;
    private final EDIStreamValidationError error;
    private final String expected;
    private final String found;

    public ContentError(Segment segment, int element, int component, EDIStreamValidationError error, String expected, String found) {
        super(segment.tag() + " at position " + segment.position() + ", element " + element
                + (component > 0 ? ", component " + component : "") + ": expected " + expected + ", found " + found);
        this.segment = segment;
        this.element = element;
        this.component = component;
        this.error = error;
        this.expected = expected;
        this.found = found;
    }

    public Segment segment() {
        return segment;
    }

    public int element() {
        return element;
    }

    public int component() {
        return component;
    }

    public EDIStreamValidationError error() {
        return error;
    }

    public String expected() {
        return expected;
    }

    public String found() {
        return found;
    }
}
