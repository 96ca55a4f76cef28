-- A notice's payload is kept as the hub wrote it: json (checked, stored as text) rather than jsonb (decomposed at
-- every insert and put back together at every read). No query looks inside it; it is written once, read to be
-- delivered and shown as it was sent.
DROP VIEW hub_delivery;
ALTER TABLE hub_outbox ALTER COLUMN payload TYPE json;
ALTER TABLE hub_delivered ALTER COLUMN payload TYPE json;
CREATE VIEW hub_delivery AS
SELECT id, message_id, subscriber, entity_key, message_type, payload, status, attempts, next_attempt_at,
       last_error, created_at, NULL::timestamptz AS delivered_at, NULL::text AS delivered_as
FROM hub_outbox
UNION ALL
SELECT id, message_id, subscriber, entity_key, message_type, payload, 'DELIVERED', attempts, NULL, NULL,
       created_at, delivered_at, delivered_as
FROM hub_delivered;
