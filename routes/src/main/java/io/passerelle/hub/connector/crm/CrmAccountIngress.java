package io.passerelle.hub.connector.crm;

import static io.passerelle.mappings.crm.CrmAccountTranslator.FLOW;
import static io.passerelle.mappings.crm.CrmAccountTranslator.MESSAGE_TYPE;

import com.fasterxml.jackson.databind.JsonNode;
import io.passerelle.hub.connector.crm.WebhookReceipt.Outcome;
import io.passerelle.hub.ingress.HubIngress;
import io.passerelle.hub.ingress.InboundChange;
import io.passerelle.hub.tracking.MessageLog;
import io.passerelle.mappings.crm.AccountAwaitsCode;
import io.passerelle.mappings.crm.AccountRejected;
import io.passerelle.mappings.crm.ChangeEvent;
import io.passerelle.mappings.crm.CrmAccountTranslator;
import io.passerelle.mappings.crm.CustomerHistory;
import io.passerelle.mappings.crm.MalformedChangeEvent;
import io.passerelle.mappings.crm.TranslatedAccount;
import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.ParkedMessage;
import io.passerelle.mappings.xref.ParkingLot;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A CRM's Account change events into the hub. Each record of each event is accepted once (translated,
 * recorded and queued for the Customer subscribers), parked while one of its codes is unknown and replayed
 * when a steward maps it, or refused with its reason. Whatever happens, the change is recorded: nothing a
 * CRM sent is lost.
 *
 * <p>Changes of one account keep their order: while a change waits in the parking lot, later changes of
 * the same account wait behind it (under the same code, so the parking lot replays them in arrival order).
 */
@Component
public class CrmAccountIngress {

    private static final Logger log = LoggerFactory.getLogger(CrmAccountIngress.class);

    /** Headers of a parked change: which system sent it and which of the event's records it is. */
    private static final String SYSTEM = "system";
    private static final String RECORD_ID = "recordId";

    private final CrmAccountTranslator translator;
    private final CustomerHistory history;
    private final HubIngress ingress;
    private final ParkingLot parking;
    private final MessageLog messages;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public CrmAccountIngress(CrmAccountTranslator translator, CustomerHistory history, HubIngress ingress,
                             ParkingLot parking, MessageLog messages, JdbcTemplate jdbc,
                             PlatformTransactionManager transactionManager) {
        this.translator = translator;
        this.history = history;
        this.ingress = ingress;
        this.parking = parking;
        this.messages = messages;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        parking.register(FLOW, this::replay);
    }

    /** Every record of every event of one webhook body, in order. */
    public List<WebhookReceipt> receive(String system, String body) {
        List<JsonNode> events;
        try {
            events = ChangeEvent.split(body);
        } catch (MalformedChangeEvent unreadable) {
            return List.of(refuseUnreadable(system, body, unreadable.getMessage()));
        }
        List<WebhookReceipt> receipts = new ArrayList<>();
        for (JsonNode node : events) {
            ChangeEvent event;
            try {
                event = ChangeEvent.of(node);
            } catch (MalformedChangeEvent unreadable) {
                receipts.add(refuseUnreadable(system, node.toString(), unreadable.getMessage()));
                continue;
            }
            for (String recordId : event.header().recordIds()) {
                receipts.add(receive(system, event, recordId));
            }
        }
        return receipts;
    }

    private WebhookReceipt receive(String system, ChangeEvent event, String recordId) {
        String change = event.sourceChangeId(recordId);
        Optional<Recorded> recorded = recorded(system, change);
        if (recorded.isPresent() && recorded.get().accepted()) {
            return duplicate(system, recordId, change, recorded.get());
        }
        if (recorded.isPresent() && recorded.get().parked()) {
            // Sent again while it waits: one parked copy is enough.
            return new WebhookReceipt(recordId, change, recorded.get().id(), Outcome.PARKED,
                    recorded.get().customer(), null, recorded.get().error());
        }
        Optional<ParkedMessage> ahead = parking.newestWaiting(FLOW, parkedHeaders(system, recordId));
        if (ahead.isPresent()) {
            return parkBehind(system, event, recordId, ahead.get());
        }
        try {
            return accept(system, event, recordId);
        } catch (AccountAwaitsCode waiting) {
            return park(system, event, recordId, waiting.unmapped(), entityKey(system, recordId, waiting.canonicalId()),
                    waiting.businessKeys(), waiting.canonicalId(), waiting.getMessage());
        } catch (AccountRejected rejected) {
            return reject(system, event.json(), change, recordId,
                    entityKey(system, recordId, rejected.canonicalId()), rejected.businessKeys(),
                    rejected.canonicalId(), rejected.getMessage());
        }
    }

    /**
     * The parking lot's replay of a change, inside its transaction: accepted now, parked again for the next
     * unknown code (by throwing it back), or refused and kept with its reason.
     */
    private void replay(ParkedMessage parked) {
        String system = parked.headers().get(SYSTEM);
        String recordId = parked.headers().get(RECORD_ID);
        ChangeEvent event = ChangeEvent.parse(parked.body());
        String change = event.sourceChangeId(recordId);
        Optional<Recorded> recorded = recorded(system, change);
        if (recorded.isPresent() && recorded.get().accepted()) {
            duplicate(system, recordId, change, recorded.get());
            return;
        }
        try {
            WebhookReceipt receipt = accept(system, event, recordId);
            log.info("Parked change {} of {} account {} replayed: {} customer {}", change, system, recordId,
                    receipt.outcome(), receipt.customer());
        } catch (AccountAwaitsCode stillWaiting) {
            throw stillWaiting.unmapped();
        } catch (AccountRejected rejected) {
            reject(system, event.json(), change, recordId, entityKey(system, recordId, rejected.canonicalId()),
                    rejected.businessKeys(), rejected.canonicalId(), rejected.getMessage());
        }
    }

    private WebhookReceipt accept(String system, ChangeEvent event, String recordId) {
        TranslatedAccount account = translator.translate(system, event, recordId, history);
        HubIngress.Receipt receipt = ingress.accept(new InboundChange(system, account.sourceChangeId(), MESSAGE_TYPE,
                account.entityKey(), account.businessKeys(), account.customer()));
        Outcome outcome = receipt.outcome() == HubIngress.Outcome.ACCEPTED ? Outcome.ACCEPTED : Outcome.DUPLICATE;
        return new WebhookReceipt(recordId, account.sourceChangeId(), receipt.messageId(), outcome,
                account.customer().id(), account.identity().name(), null);
    }

    private WebhookReceipt duplicate(String system, String recordId, String change, Recorded recorded) {
        messages.hop(recorded.id(), system, "DUPLICATE", "change " + change + " already applied");
        return new WebhookReceipt(recordId, change, recorded.id(), Outcome.DUPLICATE, recorded.customer(), null, null);
    }

    private WebhookReceipt park(String system, ChangeEvent event, String recordId, UnmappedCodeException unmapped,
                                String entityKey, List<String> businessKeys, String customer, String reason) {
        String change = event.sourceChangeId(recordId);
        // Parked and recorded together: a change is never found waiting without its message, or the reverse.
        UUID id = transactions.execute(status -> {
            parking.park(unmapped, change, event.json(), parkedHeaders(system, recordId));
            return ingress.refuse(system, change, MESSAGE_TYPE, entityKey, businessKeys, true, reason);
        });
        return new WebhookReceipt(recordId, change, id, Outcome.PARKED, customer, null, reason);
    }

    private WebhookReceipt parkBehind(String system, ChangeEvent event, String recordId, ParkedMessage ahead) {
        String change = event.sourceChangeId(recordId);
        Recorded earlier = recorded(system, ahead.messageId()).orElse(null);
        Set<String> keys = new LinkedHashSet<>(earlier == null ? List.of() : earlier.businessKeys());
        keys.addAll(translator.businessKeysCarriedBy(event));
        UnmappedCodeException sameCode = new UnmappedCodeException(new CodeSighting(ahead.domain(), ahead.system(),
                ahead.externalCode(), null, Map.of(), false, FLOW, change, null), true);
        String reason = "waits behind change " + ahead.messageId() + " of the same account, parked until a steward"
                + " maps " + ahead.domain() + " code '" + ahead.externalCode() + "' of " + ahead.system();
        return park(system, event, recordId, sameCode,
                earlier == null ? entityKey(system, recordId, null) : earlier.entityKey(), List.copyOf(keys),
                earlier == null ? null : earlier.customer(), reason);
    }

    private WebhookReceipt reject(String system, String eventJson, String change, String recordId, String entityKey,
                                  List<String> businessKeys, String customer, String reason) {
        UUID id = transactions.execute(status -> {
            UUID messageId = ingress.refuse(system, change, MESSAGE_TYPE, entityKey, businessKeys, false, reason);
            // Refused but not lost: the change as it was received stays with its message, for an operator.
            messages.hop(messageId, system, "INPUT", eventJson);
            return messageId;
        });
        log.warn("Refused change {} from {}: {}", change, system, reason);
        return new WebhookReceipt(recordId, change, id, Outcome.REJECTED, customer, null, reason);
    }

    /** An event that cannot be read has no identity of its own: its digest stands in, so a resend is one record. */
    private WebhookReceipt refuseUnreadable(String system, String json, String problem) {
        String change = "sha256:" + sha256(json);
        return reject(system, json, change, null, system + ":webhook", List.of(), null,
                "unreadable change event: " + problem);
    }

    private static String entityKey(String system, String recordId, String canonicalId) {
        return canonicalId != null ? "customer:" + canonicalId : system + ":Account/" + recordId;
    }

    private static Map<String, String> parkedHeaders(String system, String recordId) {
        return Map.of(SYSTEM, system, RECORD_ID, recordId);
    }

    /** What the hub already holds for a change (read-only: HubIngress stays the one writer). */
    private Optional<Recorded> recorded(String system, String change) {
        return jdbc.query("SELECT id, status, entity_key, business_keys, error FROM hub_message"
                        + " WHERE source_system = ? AND source_change_id = ?",
                (rs, row) -> new Recorded(rs.getObject("id", UUID.class), rs.getString("status"),
                        rs.getString("entity_key"), strings(rs.getArray("business_keys")), rs.getString("error")),
                system, change).stream().findFirst();
    }

    private record Recorded(UUID id, String status, String entityKey, List<String> businessKeys, String error) {

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

    private static List<String> strings(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
