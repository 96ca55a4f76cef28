package io.passerelle.mappings.crm;

import io.passerelle.canonical.event.BoundaryEvent;

/**
 * One record of a CRM change event as a boundary event, or the reason it carries none (an sObject change the
 * CRM does not decide, the hub's own write coming back).
 *
 * @param sourceChangeId transaction key, sequence number and record id: the change's identity at the source
 * @param event          the boundary event; null when ignored
 * @param ignoredBecause why nothing is carried; null when there is an event
 */
public record TranslatedEvent(String recordId, String sourceChangeId, BoundaryEvent event, String ignoredBecause) {

    static TranslatedEvent carried(ChangeEvent change, String recordId, BoundaryEvent event) {
        return new TranslatedEvent(recordId, change.sourceChangeId(recordId), event, null);
    }

    static TranslatedEvent ignored(ChangeEvent change, String recordId, String reason) {
        return new TranslatedEvent(recordId, change.sourceChangeId(recordId), null, reason);
    }

    public boolean isIgnored() {
        return event == null;
    }
}
