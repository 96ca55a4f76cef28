package io.passerelle.hub.connector.crm;

import com.fasterxml.jackson.databind.JsonNode;
import io.passerelle.hub.connector.crm.WebhookReceipt.Outcome;
import io.passerelle.mappings.crm.ChangeEvent;
import io.passerelle.mappings.crm.MalformedChangeEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The change events of one webhook body, each record handed to the ingress of its sObject, in order; one
 * receipt per record: Account changes become customers ({@link CrmAccountIngress}), Product2 and Promotion__c
 * changes boundary events ({@link CrmEventIngress}). An event on another sObject, or one that cannot be read
 * at all, is refused and kept.
 */
@Component
public class CrmChangeEvents {

    /** What an event nobody could read is recorded as. */
    static final String UNREADABLE = "ChangeEvent";

    private static final String ACCOUNT = "Account";

    private final CrmAccountIngress accounts;
    private final CrmEventIngress decisions;
    private final CrmChangeLedger ledger;

    public CrmChangeEvents(CrmAccountIngress accounts, CrmEventIngress decisions, CrmChangeLedger ledger) {
        this.accounts = accounts;
        this.decisions = decisions;
        this.ledger = ledger;
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
        String sObject = event.header().entityName();
        if (ACCOUNT.equals(sObject)) {
            return accounts.receive(system, event, recordId);
        }
        if (decisions.takes(sObject)) {
            return decisions.receive(system, event, recordId);
        }
        String change = event.sourceChangeId(recordId);
        String entityKey = system + ":" + sObject + "/" + recordId;
        String reason = event.describe(recordId) + ": " + sObject + " change events are not carried: this webhook"
                + " takes " + ACCOUNT + ", " + String.join(", ", decisions.sObjects()) + " changes";
        UUID id = ledger.reject(system, event.json(), change, sObject, entityKey, List.of(entityKey), reason);
        return new WebhookReceipt(recordId, change, id, Outcome.REJECTED, sObject, entityKey, null, null, reason);
    }

    /** An event that cannot be read has no identity of its own: its digest stands in, so a resend is one record. */
    private WebhookReceipt refuseUnreadable(String system, String json, String problem) {
        String change = "sha256:" + sha256(json);
        String reason = "unreadable change event: " + problem;
        UUID id = ledger.reject(system, json, change, UNREADABLE, system + ":webhook", List.of(), reason);
        return new WebhookReceipt(null, change, id, Outcome.REJECTED, null, null, null, null, reason);
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
