-- Boundary events read the latest canonical form of a product, customer or promotion (CanonicalRecords)
-- for every notice they plan: by entity and newest first, without scanning every message ever received.
CREATE INDEX hub_message_entity ON hub_message (entity_key, message_type, received_at DESC) WHERE status = 'ACCEPTED';
-- A stoppage's end finds its declaration by the upstream stoppage id.
CREATE INDEX hub_message_stoppage ON hub_message ((canonical->>'stoppageId'))
    WHERE message_type = 'LineStoppageDeclared' AND status = 'ACCEPTED';
-- The dispatcher claims the oldest pending entries: found among the pending ones, not by walking past every
-- entry ever delivered.
CREATE INDEX hub_outbox_pending_id ON hub_outbox (id) WHERE status = 'PENDING';
