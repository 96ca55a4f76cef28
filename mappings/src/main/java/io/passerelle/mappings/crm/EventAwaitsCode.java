package io.passerelle.mappings.crm;

import io.passerelle.mappings.xref.UnmappedCodeException;

/**
 * A CRM change that must wait for a steward to map one of its codes (a product, an account, a segment), as
 * the code's table says.
 *
 * @see CrmEventTranslator
 */
public class EventAwaitsCode extends RuntimeException {

    private final UnmappedCodeException unmapped;
    private final String messageType;
    private final String entityKey;

    EventAwaitsCode(String field, UnmappedCodeException unmapped, String messageType, String entityKey) {
        super(field + ": " + unmapped.getMessage(), unmapped);
        this.unmapped = unmapped;
        this.messageType = messageType;
        this.entityKey = entityKey;
    }

    /** What the parking lot keys the waiting change by, and what a replay throws again if still unmapped. */
    public UnmappedCodeException unmapped() {
        return unmapped;
    }

    /** The boundary event the change becomes once the code is mapped. */
    public String messageType() {
        return messageType;
    }

    /** What the waiting change is about (product:…, promotion:…), or the CRM record when that is not known yet. */
    public String entityKey() {
        return entityKey;
    }
}
