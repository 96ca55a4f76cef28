package io.passerelle.mappings.crm;

import io.passerelle.canonical.Promotion;
import java.util.Optional;

/**
 * What the hub knows of the promotions a CRM planned: which promotion each Promotion__c record is (an UPDATE
 * carries only the changed fields and a DELETE none, so the record id is all there is to go by), and each
 * promotion as its last planned or changed event described it.
 */
public interface PromotionHistory {

    /**
     * @param promotionId the promotion's canonical id (its Promotion_Code__c)
     * @param cancelled   true once a cancellation of it was accepted
     */
    record KnownRecord(String promotionId, boolean cancelled) {
    }

    Optional<KnownRecord> record(String system, String recordId);

    Optional<Promotion> promotion(String promotionId);
}
