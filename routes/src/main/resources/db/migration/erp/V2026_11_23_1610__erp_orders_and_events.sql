-- What the boundary events need from and give to the demo ERP.
--
-- to_hub_order_line.customer_order_number: the buyer's own order number (EDI BGM / BEG), quoted back in
--   order responses.
-- to_hub_line_stoppage.kind: DECLARED (starts_at, ends_at = expected end) or ENDED (ends_at = the real
--   end); both rows carry the same stoppage_id.
-- production_line_product.lead_time_days: days from the line's restart until the product can ship
--   again; the new promise after a stoppage is the end of the stoppage plus this.
ALTER TABLE erp.to_hub_order_line ADD COLUMN customer_order_number text;
CREATE INDEX to_hub_order_line_waiting ON erp.to_hub_order_line (id) WHERE status IN ('NEW', 'CLAIMED');
CREATE INDEX to_hub_order_line_entity ON erp.to_hub_order_line (order_number, id) WHERE status IN ('NEW', 'CLAIMED');

ALTER TABLE erp.to_hub_line_stoppage ADD COLUMN kind text NOT NULL DEFAULT 'DECLARED'
    CHECK (kind IN ('DECLARED', 'ENDED'));
CREATE INDEX to_hub_line_stoppage_waiting ON erp.to_hub_line_stoppage (id) WHERE status IN ('NEW', 'CLAIMED');
CREATE INDEX to_hub_line_stoppage_entity ON erp.to_hub_line_stoppage (stoppage_id, id) WHERE status IN ('NEW', 'CLAIMED');

ALTER TABLE erp.production_line_product ADD COLUMN lead_time_days integer NOT NULL DEFAULT 0
    CHECK (lead_time_days >= 0);

-- Planning notices for the ERP (production, purchasing, forecasting), in the ERP's codes: one row per
-- event and product. The outbox entry id is unique, so a redelivery never writes a row twice.
CREATE TABLE erp.from_hub_planning_notice (
    id              bigserial PRIMARY KEY,
    hub_message_id  uuid        NOT NULL,
    hub_outbox_id   bigint      NOT NULL UNIQUE,
    notice_id       text        NOT NULL,
    event_type      text        NOT NULL,
    material_number text        NOT NULL,
    period_start    date,
    period_end      date,
    uplift_percent  numeric,
    note            text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    status          text        NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'DONE', 'FAILED')),
    error           text
);
