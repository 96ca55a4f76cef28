package io.passerelle.hub.connector.crm;

import io.passerelle.canonical.Promotion;
import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.event.PromotionCancelled;
import io.passerelle.canonical.event.PromotionChanged;
import io.passerelle.canonical.event.PromotionPlanned;
import io.passerelle.hub.events.CanonicalRecords;
import io.passerelle.mappings.crm.PromotionHistory;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which promotion each CRM Promotion__c record is (hub_crm_promotion_record), and each promotion as its last
 * planned or changed event described it.
 */
@Component
class HubPromotionHistory implements PromotionHistory {

    private final JdbcTemplate jdbc;
    private final CanonicalRecords records;

    HubPromotionHistory(JdbcTemplate jdbc, CanonicalRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    @Override
    public Optional<KnownRecord> record(String system, String recordId) {
        return jdbc.query("SELECT promotion_id, cancelled FROM hub_crm_promotion_record WHERE source_system = ?"
                        + " AND record_id = ?", (rs, row) -> new KnownRecord(rs.getString("promotion_id"),
                        rs.getBoolean("cancelled")), system, recordId).stream().findFirst();
    }

    @Override
    public Optional<Promotion> promotion(String promotionId) {
        return records.promotion(promotionId);
    }

    /** Called in the transaction that accepts a record's event: the relation is never ahead of, or behind, it. */
    void remember(String system, String recordId, BoundaryEvent event) {
        String promotionId;
        boolean cancelled;
        if (event instanceof PromotionPlanned planned) {
            promotionId = planned.promotion().id();
            cancelled = false;
        } else if (event instanceof PromotionChanged changed) {
            promotionId = changed.promotion().id();
            cancelled = false;
        } else if (event instanceof PromotionCancelled cancellation) {
            promotionId = cancellation.promotionId();
            cancelled = true;
        } else {
            return;
        }
        jdbc.update("INSERT INTO hub_crm_promotion_record (source_system, record_id, promotion_id, cancelled)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (source_system, record_id) DO UPDATE SET promotion_id ="
                + " EXCLUDED.promotion_id, cancelled = EXCLUDED.cancelled, updated_at = now()",
                system, recordId, promotionId, cancelled);
    }
}
