package io.passerelle.mappings.crm;

/**
 * Change events on one sObject into boundary events: a decision taken in the CRM (a launch moved, a
 * promotion planned) that the upstream chain must act on.
 */
public interface CrmEventTranslator {

    /** The sObject whose change events it reads, e.g. {@code Product2}. */
    String sObject();

    /** The flow under which its unknown codes are reported and its parked changes replayed. */
    String flow();

    /**
     * What a change would become, read from the event alone (the boundary event's type), so that a change
     * waiting behind another of the same record is recorded as what it is; null when it carries nothing.
     */
    String messageTypeOf(ChangeEvent event);

    /**
     * One record of a change event.
     *
     * @throws EventAwaitsCode a code is unknown and its table says park
     * @throws EventRejected   the change cannot be carried as it is; the message names the field
     */
    TranslatedEvent translate(String system, ChangeEvent event, String recordId);
}
