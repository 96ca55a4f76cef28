package io.passerelle.hub.connector.erp;

/**
 * The ERP interface tables the hub reads, and the column that identifies the record each row is about. Public for
 * the sync benchmark, which times the claim and the marking alone, on a copy of a table.
 */
public enum StagingTable {
    PRODUCT("to_hub_product", "material_number", "Product", "erp-products"),
    CUSTOMER("to_hub_customer", "sold_to", "Customer", "erp-customers"),
    ORDER_LINE("to_hub_order_line", "order_number", "OrderLine", "erp-order-lines"),
    LINE_STOPPAGE("to_hub_line_stoppage", "stoppage_id", "LineStoppage", "erp-line-stoppages");

    final String table;
    final String entityColumn;
    final String messageType;
    final String flow;

    StagingTable(String table, String entityColumn, String messageType, String flow) {
        this.table = table;
        this.entityColumn = entityColumn;
        this.messageType = messageType;
        this.flow = flow;
    }

    /**
     * Claims the oldest waiting rows in one statement: new ones, or claimed ones whose lease expired (their
     * instance died). A row waits while an older row about the same record is still open, so changes to
     * one record are applied in the order the ERP wrote them, whichever instance takes them.
     */
    public String claimQuery(String schema, String instance, long leaseSeconds, int batchSize) {
        String t = schema + "." + table;
        return "UPDATE " + t + " SET status = 'CLAIMED', claimed_by = '" + instance + "',"
                + " lease_until = now() + make_interval(secs => " + leaseSeconds + ")"
                + " WHERE id IN (SELECT w.id FROM " + t + " w"
                + " WHERE (w.status = 'NEW' OR (w.status = 'CLAIMED' AND w.lease_until < now()))"
                + " AND NOT EXISTS (SELECT 1 FROM " + t + " o WHERE o." + entityColumn + " = w." + entityColumn
                + " AND o.id < w.id AND o.status IN ('NEW', 'CLAIMED'))"
                + " ORDER BY w.id LIMIT " + batchSize + " FOR UPDATE SKIP LOCKED)"
                + " RETURNING *";
    }

    /** Who holds claimed rows whose lease still runs. */
    String claimHoldersQuery(String schema) {
        return "SELECT DISTINCT claimed_by FROM " + schema + "." + table + " WHERE status = 'CLAIMED' AND lease_until > now()";
    }

    /** Ends the leases of the rows claimed by the holders in the array {@code ?}: the next claim takes them. */
    String endLeasesQuery(String schema) {
        return "UPDATE " + schema + "." + table + " SET lease_until = now() - interval '1 second'"
                + " WHERE status = 'CLAIMED' AND claimed_by = ANY(?)";
    }

    /** Marks rows done, one statement for a batch: {@code ?} is the array of their ids. */
    public String doneQuery(String schema) {
        return "UPDATE " + schema + "." + table + " SET status = 'DONE', processed_at = now(), error = NULL,"
                + " lease_until = NULL WHERE id = ANY(?)";
    }

    /** Marks rows failed with their reasons, one statement for a batch: arrays of ids and reasons. */
    String failedQuery(String schema) {
        return "UPDATE " + schema + "." + table + " AS t SET status = 'FAILED', processed_at = now(), error = f.error,"
                + " lease_until = NULL FROM unnest(?::bigint[], ?::text[]) AS f(id, error) WHERE t.id = f.id";
    }
}
