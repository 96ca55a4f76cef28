-- hub_message grows by every message, and is analyzed while it grows fast (PlannerStatistics, then autovacuum):
-- at the default target of 100 an analysis samples 30,000 rows, 1.0-3.2 s of a core each time under 1,000 events a
-- second (measured in EventPropagationBench, five analyses per run). Its lookups are by keys that are nearly all
-- distinct (id, source change, entity, business keys) or by a handful of types and statuses: a 3,000-row sample
-- estimates both as well.
ALTER TABLE hub_message
    ALTER COLUMN id SET STATISTICS 10,
    ALTER COLUMN source_system SET STATISTICS 10,
    ALTER COLUMN source_change_id SET STATISTICS 10,
    ALTER COLUMN message_type SET STATISTICS 10,
    ALTER COLUMN entity_key SET STATISTICS 10,
    ALTER COLUMN business_keys SET STATISTICS 10,
    ALTER COLUMN received_at SET STATISTICS 10,
    ALTER COLUMN status SET STATISTICS 10;
