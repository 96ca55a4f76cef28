-- A delivered entry leaves the queue for the record of deliveries. Marking it delivered in place changed a column
-- of the partial indexes' predicate, so that every delivery wrote a whole new row version and index entries in
-- the queue table (no HOT update), and a DELIVERED hop repeated what the row said: at 5,000 deliveries a second
-- these two writes were a third of the database's time (pg_stat_statements, EventPropagationBench). Now a
-- delivery deletes its queue row and writes one row here, which the tracking API reads as the DELIVERED hop.
-- The queue keeps what is still to do: pending entries and dead ones (kept for replay).
CREATE TABLE hub_delivered (
    id           bigint PRIMARY KEY, -- the outbox entry's id
    message_id   uuid        NOT NULL,
    subscriber   text        NOT NULL,
    entity_key   text        NOT NULL,
    message_type text        NOT NULL,
    payload      json        NOT NULL,
    attempts     integer     NOT NULL,
    created_at   timestamptz NOT NULL,
    delivered_at timestamptz NOT NULL,
    delivered_as text        -- the adapter's note: the CRM record, the staging row, the file
);
CREATE INDEX hub_delivered_message ON hub_delivered (message_id);
ALTER TABLE hub_delivered
    ALTER COLUMN payload SET STATISTICS 0,
    ALTER COLUMN delivered_as SET STATISTICS 0;

INSERT INTO hub_delivered (id, message_id, subscriber, entity_key, message_type, payload, attempts, created_at,
                           delivered_at, delivered_as)
SELECT o.id, o.message_id, o.subscriber, o.entity_key, o.message_type, o.payload::json, o.attempts, o.created_at,
       coalesce(o.delivered_at, o.created_at),
       (SELECT h.detail FROM hub_message_hop h WHERE h.message_id = o.message_id AND h.system = o.subscriber
          AND h.step = 'DELIVERED' ORDER BY h.id DESC LIMIT 1)
FROM hub_outbox o WHERE o.status = 'DELIVERED';
DELETE FROM hub_message_hop WHERE step = 'DELIVERED';
DELETE FROM hub_outbox WHERE status = 'DELIVERED';

ALTER TABLE hub_outbox DROP CONSTRAINT hub_outbox_status_check;
ALTER TABLE hub_outbox ADD CONSTRAINT hub_outbox_status_check CHECK (status IN ('PENDING', 'DEAD'));
ALTER TABLE hub_outbox DROP COLUMN delivered_at;
-- A notice's payload is kept as the hub wrote it: json (checked, stored as text) rather than jsonb (decomposed at
-- every insert and put back together at every read: measured, the outbox insert 18 -> 11 s and the read of the
-- heads 19 -> 12 s of the database's time per bench run). No query looks inside it; it is written once, read to be
-- delivered and shown as it was sent.
ALTER TABLE hub_outbox ALTER COLUMN payload TYPE json;

-- Every delivery of a message to a subscriber, whether still to do, dead or done: what operators and the
-- tracking API read.
CREATE VIEW hub_delivery AS
SELECT id, message_id, subscriber, entity_key, message_type, payload, status, attempts, next_attempt_at,
       last_error, created_at, NULL::timestamptz AS delivered_at, NULL::text AS delivered_as
FROM hub_outbox
UNION ALL
SELECT id, message_id, subscriber, entity_key, message_type, payload, 'DELIVERED', attempts, NULL, NULL,
       created_at, delivered_at, delivered_as
FROM hub_delivered;
