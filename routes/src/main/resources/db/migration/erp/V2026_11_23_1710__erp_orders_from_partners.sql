-- Customer orders the hub received (EDI ORDERS / 850), for the ERP to create as sales orders: one row per
-- order line, in the ERP's codes. The ERP confirms through to_hub_order_line (the same order_number is the
-- customer's order number there, customer_order_number), which the hub answers to the partner with an
-- order response.
CREATE TABLE erp.from_hub_order_line (
    id                    bigserial PRIMARY KEY,
    hub_message_id        uuid        NOT NULL,
    hub_outbox_id         bigint      NOT NULL,
    customer_order_number text        NOT NULL,
    line_number           integer     NOT NULL,
    sold_to               text        NOT NULL,
    order_date            date        NOT NULL,
    currency              text        NOT NULL,
    material_number       text        NOT NULL,
    quantity              numeric     NOT NULL,
    unit                  text        NOT NULL,
    requested_date        date,
    created_at            timestamptz NOT NULL DEFAULT now(),
    status                text        NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'DONE', 'FAILED')),
    error                 text,
    UNIQUE (hub_outbox_id, line_number)
);
