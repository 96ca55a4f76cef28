package io.passerelle.hub.delivery;

import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.SystemDeclaration;
import java.util.ArrayList;
import java.util.List;

/**
 * Delivers one outbox entry to a system, in that system's format and codes. Throws
 * {@link DeliveryFailure} saying whether trying again can help; returns normally once delivered.
 */
public interface OutboundAdapter {

    ConnectorType type();

    /** @return a short note of what was done, for tracking (e.g. "PATCH Product2/External_Id__c/PRD-000001 -> 204") */
    String deliver(String systemName, SystemDeclaration system, OutboxEntry entry);

    /**
     * Delivers a batch for one system, oldest first. Adapters that can send many records at once (one
     * WMS file, one CRM composite call) override this; the outcome of each entry is reported.
     */
    default List<DeliveryOutcome> deliverAll(String systemName, SystemDeclaration system, List<OutboxEntry> entries) {
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        for (OutboxEntry entry : entries) {
            try {
                outcomes.add(DeliveryOutcome.delivered(entry, deliver(systemName, system, entry)));
            } catch (DeliveryFailure failure) {
                outcomes.add(DeliveryOutcome.failed(entry, failure));
            } catch (RuntimeException unexpected) {
                outcomes.add(DeliveryOutcome.failed(entry, DeliveryFailure.permanent(
                        unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage(), unexpected)));
            }
        }
        return outcomes;
    }
}
