package io.passerelle.hub.connector.crm;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * What the hub did with one record of a webhook call, as the caller is told.
 *
 * @param change      the change's identity (transaction key, sequence number, record id)
 * @param messageId   the hub's message, to look up in /api/messages/{id}; for a boundary event, also its id in
 *                    /api/events/{id}
 * @param messageType what the record became: Customer, or a boundary event (LaunchDateChanged, ProductWithdrawn,
 *                    PromotionPlanned, PromotionChanged, PromotionCancelled), when known
 * @param entity      what it is about: customer:…, product:…, promotion:…, when known
 * @param customer    the canonical customer of an Account change, when known
 * @param identity    how the account became that customer (CREATED, LINKED, MAPPED) on an accepted change
 * @param reason      why a change was parked, rejected or ignored
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookReceipt(String recordId, String change, UUID messageId, Outcome outcome, String messageType,
                             String entity, String customer, String identity, String reason) {

    public enum Outcome {
        /** Recorded and queued for every subscriber. */
        ACCEPTED,
        /** Already applied: nothing done again. */
        DUPLICATE,
        /** Waiting in the parking lot for a steward to map a code; replayed then. */
        PARKED,
        /** Refused, kept with its reason; sending it again will not help. */
        REJECTED,
        /** Read and understood, but nothing for the hub to carry (the reason says why); nothing recorded. */
        IGNORED
    }
}
