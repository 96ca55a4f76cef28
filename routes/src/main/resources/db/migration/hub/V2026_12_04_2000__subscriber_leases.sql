-- A dispatcher claims a subscriber's queue, not its entries one by one: it leases the subscriber (one row here),
-- reads the heads of its queue, delivers them and gives the lease back with the outcomes. Claiming entries wrote
-- each one a second time (a new row version to set claimed_by and lease_until): at 5,000 deliveries a second the
-- claim was the database's largest cost (pg_stat_statements, EventPropagationBench). One instance at a time
-- delivers to a subscriber, which its per-entity order needs anyway; several subscribers are shared out among
-- instances, and a lease left by an instance that died expires as a claimed entry's did.
CREATE TABLE hub_subscriber_lease (
    subscriber  text PRIMARY KEY,
    claimed_by  text,
    lease_until timestamptz
);

ALTER TABLE hub_outbox DROP COLUMN claimed_by, DROP COLUMN lease_until;
