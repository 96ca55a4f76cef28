-- Every interchange exchanged with a trading partner, in and out. An inbound file is archived as received
-- (archived_as) before it is read; its outcome and a readable report stay here, and it can be read again.
-- An outbound interchange is matched to the acknowledgement the partner sends for it.
CREATE TABLE edi_interchange (
    id             bigserial PRIMARY KEY,
    partner        text        NOT NULL,
    direction      text        NOT NULL CHECK (direction IN ('IN', 'OUT')),
    file_name      text        NOT NULL,
    archived_as    text,
    sha256         text,
    size_bytes     bigint,
    standard       text,
    sender         text,
    receiver       text,
    control_number text,
    message_types  text,
    messages       integer,
    accepted       integer,
    rejected       integer,
    status         text        NOT NULL CHECK (status IN ('RECEIVED', 'PROCESSED', 'PARTLY_REJECTED', 'REJECTED',
                                                          'DUPLICATE', 'FAILED', 'SENT')),
    report         text,
    acknowledges   bigint REFERENCES edi_interchange (id),
    ack_status     text,
    ack_report     text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    processed_at   timestamptz,
    acknowledged_at timestamptz
);
CREATE INDEX edi_interchange_partner ON edi_interchange (partner, direction, id);
CREATE INDEX edi_interchange_control ON edi_interchange (partner, direction, sender, control_number);

-- The control numbers the hub gives its interchanges to each partner: one counter per partner, taken in the
-- transaction that records the interchange, so two hub instances never reuse a number.
CREATE TABLE edi_control_number (
    partner text PRIMARY KEY,
    last    bigint NOT NULL
);
