-- Which promotion each CRM Promotion__c record is. A change event's UPDATE carries only the fields that
-- changed and its DELETE none, so the record id is all the hub has to find the promotion by. Written in the
-- transaction that accepts the record's PromotionPlanned, PromotionChanged or PromotionCancelled.
CREATE TABLE hub_crm_promotion_record (
    source_system text        NOT NULL,
    record_id     text        NOT NULL,
    promotion_id  text        NOT NULL,
    cancelled     boolean     NOT NULL DEFAULT false,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source_system, record_id)
);
