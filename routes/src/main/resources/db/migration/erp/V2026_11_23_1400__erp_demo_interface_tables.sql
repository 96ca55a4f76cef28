-- The interface (staging) tables of the demo ERP, in the schema "erp" of the hub's embedded database.
-- A real ERP exposes the same layout in its own database (passerelle.systems.<erp>.staging-tables).
--
-- to_hub_*   rows the ERP writes for the hub. The ERP inserts with status NEW; the hub claims rows
--            (status CLAIMED, claimed_by, lease_until: another instance takes over an expired lease),
--            then sets DONE (processed_at) or FAILED (error says why). The ERP never updates a row it
--            wrote: a new version of a record is a new row.
-- from_hub_* rows the hub writes for the ERP, status NEW; the ERP sets DONE or FAILED when it has read them.
CREATE SCHEMA IF NOT EXISTS erp;

CREATE TABLE erp.to_hub_product (
    id              bigserial PRIMARY KEY,
    material_number text        NOT NULL,
    gtin            text,
    description     text        NOT NULL,
    base_unit       text        NOT NULL,
    lifecycle_status text       NOT NULL DEFAULT 'ACTIVE',
    launch_date     date,
    withdrawal_date date,
    created_at      timestamptz NOT NULL DEFAULT now(),
    status          text        NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'CLAIMED', 'DONE', 'FAILED')),
    claimed_by      text,
    lease_until     timestamptz,
    processed_at    timestamptz,
    error           text
);
CREATE INDEX to_hub_product_waiting ON erp.to_hub_product (id) WHERE status IN ('NEW', 'CLAIMED');
CREATE INDEX to_hub_product_entity ON erp.to_hub_product (material_number, id) WHERE status IN ('NEW', 'CLAIMED');

CREATE TABLE erp.to_hub_customer (
    id          bigserial PRIMARY KEY,
    sold_to     text        NOT NULL,
    name        text        NOT NULL,
    gln         text,
    vat_number  text,
    segment     text,
    street      text,
    postal_code text,
    city        text,
    country     text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    status      text        NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'CLAIMED', 'DONE', 'FAILED')),
    claimed_by  text,
    lease_until timestamptz,
    processed_at timestamptz,
    error       text
);
CREATE INDEX to_hub_customer_waiting ON erp.to_hub_customer (id) WHERE status IN ('NEW', 'CLAIMED');
CREATE INDEX to_hub_customer_entity ON erp.to_hub_customer (sold_to, id) WHERE status IN ('NEW', 'CLAIMED');

-- Open orders, one row per order line (used to find the orders a line stoppage hits).
CREATE TABLE erp.to_hub_order_line (
    id              bigserial PRIMARY KEY,
    order_number    text        NOT NULL,
    line_number     integer     NOT NULL,
    sold_to         text        NOT NULL,
    order_date      date        NOT NULL,
    currency        text        NOT NULL,
    material_number text        NOT NULL,
    quantity        numeric     NOT NULL,
    unit            text        NOT NULL,
    requested_date  date,
    promised_date   date,
    order_status    text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    status          text        NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'CLAIMED', 'DONE', 'FAILED')),
    claimed_by      text,
    lease_until     timestamptz,
    processed_at    timestamptz,
    error           text
);

-- Production lines and what they make; stoppages declared by maintenance.
CREATE TABLE erp.to_hub_line_stoppage (
    id          bigserial PRIMARY KEY,
    stoppage_id text        NOT NULL,
    plant       text        NOT NULL,
    line        text        NOT NULL,
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz,
    reason      text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    status      text        NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'CLAIMED', 'DONE', 'FAILED')),
    claimed_by  text,
    lease_until timestamptz,
    processed_at timestamptz,
    error       text
);

CREATE TABLE erp.production_line_product (
    plant           text NOT NULL,
    line            text NOT NULL,
    material_number text NOT NULL,
    PRIMARY KEY (plant, line, material_number)
);

-- Customers created or changed elsewhere (the CRM), for the ERP to take over.
CREATE TABLE erp.from_hub_customer (
    id             bigserial PRIMARY KEY,
    hub_message_id uuid        NOT NULL,
    hub_outbox_id  bigint      NOT NULL UNIQUE,
    canonical_id   text        NOT NULL,
    sold_to        text,
    name           text        NOT NULL,
    gln            text,
    vat_number     text,
    segment        text,
    service_class  text,
    street         text,
    postal_code    text,
    city           text,
    country        text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    status         text        NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'DONE', 'FAILED')),
    error          text
);
