package io.passerelle.hub.delivery;

import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.SystemDeclaration;
import java.util.List;

/**
 * Delivers outbox entries to a system of one connector type, in that system's format and codes. A batch
 * holds one system's entries, oldest first; adapters that write many records at once (one file, one
 * statement) take it whole, the others implement {@link OneByOne}. The outcome of each entry is reported:
 * delivered with a note for tracking, or failed saying whether trying again can help.
 */
public interface OutboundAdapter {

    ConnectorType type();

    List<DeliveryOutcome> deliverAll(String systemName, SystemDeclaration system, List<OutboxEntry> entries);

    /** An adapter that sends one record per call (a REST upsert): the batch is delivered entry by entry. */
    interface OneByOne extends OutboundAdapter {

        /**
         * @return a short note of what was done, for tracking (e.g. "PATCH Product2/Passerelle_Id__c/PRD-000001 -> 204")
         * @throws DeliveryFailure saying whether trying again can help
         */
        String deliver(String systemName, SystemDeclaration system, OutboxEntry entry);

        @Override
        default List<DeliveryOutcome> deliverAll(String systemName, SystemDeclaration system, List<OutboxEntry> entries) {
            return entries.stream().map(entry -> {
                try {
                    return DeliveryOutcome.delivered(entry, deliver(systemName, system, entry));
                } catch (DeliveryFailure failure) {
                    return DeliveryOutcome.failed(entry, failure);
                } catch (RuntimeException unexpected) {
                    return DeliveryOutcome.failed(entry, DeliveryFailure.permanent(
                            unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage(), unexpected));
                }
            }).toList();
        }
    }
}
