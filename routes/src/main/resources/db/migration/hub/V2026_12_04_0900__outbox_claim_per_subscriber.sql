-- The dispatcher claims each subscriber's oldest pending entries (checking each against hub_outbox_entity for an
-- older one of the same entity) rather than the heads of every queue at once: it walks this index.
CREATE INDEX hub_outbox_subscriber_pending ON hub_outbox (subscriber, id) WHERE status = 'PENDING';
-- No claim reads the pending entries across subscribers any more: two indexes fewer to keep up on every write.
DROP INDEX hub_outbox_pending_id;
DROP INDEX hub_outbox_pending;
-- A queue table: every entry is written, claimed and marked delivered within seconds, and each delivered entry
-- leaves a dead index entry that every claim steps over until it is vacuumed. Vacuumed after a few thousand
-- changes rather than after a fifth of the table, at full speed; room left in each page so that a claim (which
-- changes no indexed column) updates in place. The server's autovacuum_naptime bounds how soon a worker comes:
-- see "Use your own PostgreSQL" in README.md.
ALTER TABLE hub_outbox SET (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.01,
    autovacuum_vacuum_threshold = 2000, autovacuum_vacuum_cost_delay = 0, autovacuum_analyze_scale_factor = 0.05);
