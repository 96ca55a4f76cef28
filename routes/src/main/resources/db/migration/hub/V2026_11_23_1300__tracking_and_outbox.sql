-- Every message that entered the hub, once per source change (the same change delivered twice is
-- recorded once), with its canonical form and the business keys it can be found by.
CREATE TABLE hub_message (
    id               uuid PRIMARY KEY,
    source_system    text        NOT NULL,
    source_change_id text        NOT NULL,
    message_type     text        NOT NULL,
    entity_key       text        NOT NULL,
    business_keys    text[]      NOT NULL DEFAULT '{}',
    canonical        jsonb,
    received_at      timestamptz NOT NULL DEFAULT now(),
    status           text        NOT NULL CHECK (status IN ('ACCEPTED', 'PARKED', 'REJECTED')),
    error            text,
    UNIQUE (source_system, source_change_id)
);
CREATE INDEX hub_message_business_keys ON hub_message USING gin (business_keys);
CREATE INDEX hub_message_received ON hub_message (received_at);

-- Each step a message took: received, translated, parked, delivered to a system, failed.
CREATE TABLE hub_message_hop (
    id         bigserial PRIMARY KEY,
    message_id uuid        NOT NULL,
    at         timestamptz NOT NULL DEFAULT clock_timestamp(),
    system     text        NOT NULL,
    step       text        NOT NULL,
    detail     text
);
CREATE INDEX hub_message_hop_message ON hub_message_hop (message_id, id);

-- The one way out of the hub: an entry per message and subscriber, written in the message's own
-- transaction, claimed by dispatchers (SKIP LOCKED + lease), delivered in order per entity.
CREATE TABLE hub_outbox (
    id              bigserial PRIMARY KEY,
    message_id      uuid        NOT NULL,
    subscriber      text        NOT NULL,
    entity_key      text        NOT NULL,
    message_type    text        NOT NULL,
    payload         jsonb       NOT NULL,
    status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    claimed_by      text,
    lease_until     timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz
);
CREATE INDEX hub_outbox_pending ON hub_outbox (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX hub_outbox_entity ON hub_outbox (subscriber, entity_key, id) WHERE status = 'PENDING';
CREATE INDEX hub_outbox_message ON hub_outbox (message_id);
