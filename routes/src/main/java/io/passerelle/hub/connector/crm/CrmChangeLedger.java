package io.passerelle.hub.connector.crm;

import io.passerelle.hub.ingress.HubIngress;
import io.passerelle.hub.tracking.MessageLog;
import io.passerelle.mappings.crm.ChangeEvent;
import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.ParkedMessage;
import io.passerelle.mappings.xref.ParkingLot;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the hub holds of each change a CRM sent, and the two ways a change that cannot go through now is
 * kept: parked whole until a steward maps its code, or refused with its reason and the change as received.
 * Every kind of record the webhook takes (accounts, products, promotions) is kept the same way, so an
 * operator finds any of them in /api/messages.
 *
 * <p>Changes of one record keep their order: while a change of a record waits in the parking lot, later
 * changes of the same record wait behind it, under the same code, so that the parking lot replays them in
 * arrival order.
 */
@Component
class CrmChangeLedger {

    private static final Logger log = LoggerFactory.getLogger(CrmChangeLedger.class);

    /** Headers of a parked change: which system sent it and which of the event's records it is. */
    static final String SYSTEM = "system";
    static final String RECORD_ID = "recordId";

    private final HubIngress ingress;
    private final ParkingLot parking;
    private final MessageLog messages;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    CrmChangeLedger(HubIngress ingress, ParkingLot parking, MessageLog messages, JdbcTemplate jdbc,
                    PlatformTransactionManager transactionManager) {
        this.ingress = ingress;
        this.parking = parking;
        this.messages = messages;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What the hub already holds for a change (read-only: HubIngress stays the one writer). */
    Optional<Recorded> recorded(String system, String change) {
        return jdbc.query("SELECT id, status, message_type, entity_key, business_keys, error FROM hub_message"
                        + " WHERE source_system = ? AND source_change_id = ?",
                (rs, row) -> new Recorded(rs.getObject("id", UUID.class), rs.getString("status"),
                        rs.getString("message_type"), rs.getString("entity_key"),
                        strings(rs.getArray("business_keys")), rs.getString("error")),
                system, change).stream().findFirst();
    }

    /** Notes on the original that the same change came again. */
    void noteDuplicate(UUID messageId, String system, String change) {
        messages.hop(messageId, system, "DUPLICATE", "change " + change + " already applied");
    }

    /** A parked change handed back by the parking lot, as the CRM sent it. */
    record ParkedChange(String system, String recordId, ChangeEvent event, String change) {
    }

    /**
     * The change a parked message holds, for its replay; empty when the same change was accepted meanwhile (sent
     * again and taken once its code was known), which is then noted on the accepted one.
     */
    Optional<ParkedChange> toReplay(ParkedMessage parked) {
        String system = parked.headers().get(SYSTEM);
        String recordId = parked.headers().get(RECORD_ID);
        ChangeEvent event = ChangeEvent.parse(parked.body());
        String change = event.sourceChangeId(recordId);
        Optional<Recorded> recorded = recorded(system, change);
        if (recorded.isPresent() && recorded.get().accepted()) {
            noteDuplicate(recorded.get().id(), system, change);
            return Optional.empty();
        }
        return Optional.of(new ParkedChange(system, recordId, event, change));
    }

    /** The newest change of the same record still waiting in this flow, which a later change must wait behind. */
    Optional<ParkedMessage> waitingAhead(String flow, String system, String recordId) {
        return parking.newestWaiting(flow, parkedHeaders(system, recordId));
    }

    /** Parks a change under the code the change ahead of it waits for, so that both are replayed in order. */
    UnmappedCodeException sameCodeAs(ParkedMessage ahead, String flow, String change) {
        return new UnmappedCodeException(new CodeSighting(ahead.domain(), ahead.system(), ahead.externalCode(), null,
                Map.of(), false, flow, change, null), true);
    }

    static String waitsBehind(ParkedMessage ahead) {
        return "waits behind change " + ahead.messageId() + " of the same record, parked until a steward maps "
                + ahead.domain() + " code '" + ahead.externalCode() + "' of " + ahead.system();
    }

    /** Parks the whole event for one of its records; returns the message it is recorded as. */
    UUID park(String system, ChangeEvent event, String recordId, UnmappedCodeException unmapped, String messageType,
              String entityKey, List<String> businessKeys, String reason) {
        String change = event.sourceChangeId(recordId);
        // Parked and recorded together: a change is never found waiting without its message, or the reverse.
        return transactions.execute(status -> {
            parking.park(unmapped, change, event.json(), parkedHeaders(system, recordId));
            return ingress.refuse(system, change, messageType, entityKey, businessKeys, true, reason);
        });
    }

    /** Refuses a change and keeps it, as received, with its message; returns the message. */
    UUID reject(String system, String eventJson, String change, String messageType, String entityKey,
                List<String> businessKeys, String reason) {
        UUID id = transactions.execute(status -> {
            UUID messageId = ingress.refuse(system, change, messageType, entityKey, businessKeys, false, reason);
            // Refused but not lost: the change as it was received stays with its message, for an operator.
            messages.hop(messageId, system, "INPUT", eventJson);
            return messageId;
        });
        log.warn("Refused change {} from {}: {}", change, system, reason);
        return id;
    }

    static Map<String, String> parkedHeaders(String system, String recordId) {
        return Map.of(SYSTEM, system, RECORD_ID, recordId);
    }

    record Recorded(UUID id, String status, String messageType, String entityKey, List<String> businessKeys,
                    String error) {

        boolean accepted() {
            return "ACCEPTED".equals(status);
        }

        boolean parked() {
            return "PARKED".equals(status);
        }

        String customer() {
            return entityKey.startsWith("customer:") ? entityKey.substring("customer:".length()) : null;
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
