-- The outbox and the hops are analyzed often while events flow (by autovacuum, and by PlannerStatistics while
-- they grow fast), and an analysis samples 300 rows per unit of the largest statistics target among the columns
-- it covers: 30,000 rows at the default of 100, 1.3 s for hub_outbox under 5,000 deliveries a second (measured
-- with pg_stat_statements, 20 s of the database's minute for the three hub tables). Their queries need rough
-- figures only (how many rows, the share pending, a handful of subscribers, steps and statuses, index probes by
-- key): 10 (3,000 rows) is plenty. Documents and texts nobody filters on get no statistics at all.
ALTER TABLE hub_outbox
    ALTER COLUMN id SET STATISTICS 10,
    ALTER COLUMN message_id SET STATISTICS 10,
    ALTER COLUMN subscriber SET STATISTICS 10,
    ALTER COLUMN entity_key SET STATISTICS 10,
    ALTER COLUMN message_type SET STATISTICS 10,
    ALTER COLUMN status SET STATISTICS 10,
    ALTER COLUMN attempts SET STATISTICS 10,
    ALTER COLUMN next_attempt_at SET STATISTICS 10,
    ALTER COLUMN claimed_by SET STATISTICS 10,
    ALTER COLUMN lease_until SET STATISTICS 10,
    ALTER COLUMN created_at SET STATISTICS 10,
    ALTER COLUMN delivered_at SET STATISTICS 10,
    ALTER COLUMN payload SET STATISTICS 0,
    ALTER COLUMN last_error SET STATISTICS 0;

ALTER TABLE hub_message_hop
    ALTER COLUMN id SET STATISTICS 10,
    ALTER COLUMN message_id SET STATISTICS 10,
    ALTER COLUMN at SET STATISTICS 10,
    ALTER COLUMN system SET STATISTICS 10,
    ALTER COLUMN step SET STATISTICS 10,
    ALTER COLUMN detail SET STATISTICS 0;

-- hub_message keeps the default for the keys it is looked up by; only its documents go without.
ALTER TABLE hub_message
    ALTER COLUMN canonical SET STATISTICS 0,
    ALTER COLUMN error SET STATISTICS 0;
