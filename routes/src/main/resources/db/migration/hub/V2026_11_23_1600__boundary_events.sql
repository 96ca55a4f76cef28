-- The open order book the hub keeps in canonical codes, fed by the system of record for orders (the
-- ERP's order lines), so that a boundary event can find the orders it hits without asking the ERP
-- at the worst moment. One row per order line; a new version of a line replaces the old one.
CREATE TABLE hub_open_order_line (
    source_system         text        NOT NULL,
    order_number          text        NOT NULL,
    line_number           integer     NOT NULL,
    customer_order_number text,
    customer_id           text        NOT NULL,
    product_id            text        NOT NULL,
    order_date            date        NOT NULL,
    currency              text        NOT NULL,
    quantity              numeric     NOT NULL,
    unit                  text        NOT NULL,
    requested_date        date,
    promised_date         date,
    line_status           text        NOT NULL,
    open                  boolean     NOT NULL,
    updated_at            timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source_system, order_number, line_number)
);
CREATE INDEX hub_open_order_line_product ON hub_open_order_line (product_id, promised_date) WHERE open;

-- What a boundary event hit: one row per order line moved (customer, product, promise before and
-- after). A stoppage's end reads the rows of its declaration to send the follow-up.
CREATE TABLE hub_event_impact (
    id                    bigserial PRIMARY KEY,
    message_id            uuid        NOT NULL,
    event_type            text        NOT NULL,
    entity_key            text        NOT NULL,
    correlation           text        NOT NULL,
    source_system         text        NOT NULL,
    order_number          text        NOT NULL,
    line_number           integer     NOT NULL,
    customer_order_number text,
    customer_id           text        NOT NULL,
    product_id            text        NOT NULL,
    quantity              numeric     NOT NULL,
    unit                  text        NOT NULL,
    previous_date         date,
    new_date              date,
    recorded_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hub_event_impact_message ON hub_event_impact (message_id);
CREATE INDEX hub_event_impact_correlation ON hub_event_impact (correlation, id);
