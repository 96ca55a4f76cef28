package io.passerelle.mappings.crm;

/**
 * A CRM change the hub cannot carry as it is: a malformed value, a rule broken, a code whose table says
 * reject, a gap event. Sending it again will not help; the message names the CRM field and its value.
 *
 * @see CrmEventTranslator
 */
public class EventRejected extends RuntimeException {

    private final String messageType;
    private final String entityKey;

    EventRejected(String reason, String messageType, String entityKey) {
        super(reason);
        this.messageType = messageType;
        this.entityKey = entityKey;
    }

    /** The boundary event the change would have become, or the sObject's change when that is not known. */
    public String messageType() {
        return messageType;
    }

    public String entityKey() {
        return entityKey;
    }
}
