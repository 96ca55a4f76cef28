-- Conversion tables: canonical codes per domain, the (system, external code) -> canonical mappings with
-- effective dates, their audit trail, the unmapped-code inbox and the parking lot of waiting messages.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- A domain is declared in configuration (customer, product, unit-of-measure...); rows are upserted at start.
CREATE TABLE xref_domain (
    name              text PRIMARY KEY,
    value_domain      boolean NOT NULL,            -- a value list (units) rather than identifiers (customers)
    natural_key_types text[]  NOT NULL DEFAULT '{}', -- e.g. {gln,vat}: keys that link records automatically
    system_of_record  text
);

-- The canonical codes that exist. Mappings may only point at these.
CREATE TABLE xref_canonical (
    domain     text        NOT NULL REFERENCES xref_domain (name),
    code       text        NOT NULL,
    label      text,                                -- a name or description, for similarity suggestions
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text        NOT NULL,
    PRIMARY KEY (domain, code)
);
CREATE INDEX xref_canonical_label_trgm ON xref_canonical USING gin (label gin_trgm_ops);
CREATE SEQUENCE xref_canonical_number;

-- Natural keys (GTIN, GLN, VAT number, ISO code) of canonical entries: what automatic linking matches on.
CREATE TABLE xref_natural_key (
    domain         text NOT NULL,
    key_type       text NOT NULL,
    key_value      text NOT NULL,
    canonical_code text NOT NULL,
    PRIMARY KEY (domain, key_type, key_value),
    FOREIGN KEY (domain, canonical_code) REFERENCES xref_canonical (domain, code)
);

-- valid_from inclusive, valid_to exclusive; NULL means unbounded on that side.
CREATE TABLE xref_mapping (
    id             bigserial PRIMARY KEY,
    domain         text    NOT NULL,
    system         text    NOT NULL,
    external_code  text    NOT NULL,
    canonical_code text    NOT NULL,
    preferred      boolean NOT NULL,
    valid_from     date,
    valid_to       date,
    FOREIGN KEY (domain, canonical_code) REFERENCES xref_canonical (domain, code),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from < valid_to)
);
CREATE INDEX xref_mapping_forward ON xref_mapping (domain, system, external_code);
CREATE INDEX xref_mapping_reverse ON xref_mapping (domain, system, canonical_code);

-- Every change to a mapping: who, when, why, before and after (NULL = did not exist).
CREATE TABLE xref_audit (
    id         bigserial PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor      text        NOT NULL,
    source     text        NOT NULL CHECK (source IN ('STEWARD', 'AUTOMATIC_RULE', 'IMPORT', 'RESTORE')),
    reason     text        NOT NULL,
    action     text        NOT NULL,
    domain     text        NOT NULL,
    mapping_id bigint,
    before     jsonb,
    after      jsonb
);
CREATE INDEX xref_audit_mapping ON xref_audit (mapping_id, id);
CREATE INDEX xref_audit_domain_at ON xref_audit (domain, at);

-- Codes the hub met and could not map: what a steward works through.
CREATE TABLE xref_unmapped (
    id              bigserial PRIMARY KEY,
    domain          text        NOT NULL,
    system          text        NOT NULL,
    external_code   text        NOT NULL,
    label           text,
    natural_keys    jsonb       NOT NULL DEFAULT '{}',
    first_seen      timestamptz NOT NULL DEFAULT now(),
    last_seen       timestamptz NOT NULL DEFAULT now(),
    occurrences     integer     NOT NULL DEFAULT 1,
    sample_message  text,
    flows           text[]      NOT NULL DEFAULT '{}',
    status          text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
    resolved_at     timestamptz,
    resolved_to     text,
    UNIQUE (domain, system, external_code)
);
CREATE INDEX xref_unmapped_open ON xref_unmapped (status, domain, system);

-- Whole messages waiting for a code to be mapped; replayed in arrival order (id), exactly once.
CREATE TABLE xref_parked_message (
    id            bigserial PRIMARY KEY,
    domain        text        NOT NULL,
    system        text        NOT NULL,
    external_code text        NOT NULL,
    flow          text        NOT NULL,
    message_id    text,
    body          text        NOT NULL,
    headers       jsonb       NOT NULL DEFAULT '{}',
    parked_at     timestamptz NOT NULL DEFAULT now(),
    status        text        NOT NULL DEFAULT 'PARKED' CHECK (status IN ('PARKED', 'REPLAYED')),
    replayed_at   timestamptz
);
CREATE INDEX xref_parked_waiting ON xref_parked_message (domain, system, external_code, id) WHERE status = 'PARKED';
