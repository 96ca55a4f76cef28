package io.passerelle.hub.connector.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.Customer;
import io.passerelle.canonical.ServiceClass;
import io.passerelle.canonical.validation.Gs1CheckDigit;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Salesforce Change Data Capture events posted to the hub's webhook, over real HTTP, into the real hub. */
@SuppressWarnings({"unchecked", "rawtypes"})
class CrmWebhookTest extends CrmConnectorHub {

    @Test
    void aSignedAccountCreateBecomesACanonicalCustomerQueuedForTheErp() {
        String account = accountId();
        String gln = gln();
        ObjectNode event = event("account-create.json", account);
        payload(event).put("GLN__c", gln);
        mapSegment("Key Accounts", "SEG-KEY");

        ResponseEntity<Map> response = postSigned(event);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Map<String, Object> receipt = onlyReceipt(response);
        assertThat(receipt).containsEntry("recordId", account).containsEntry("outcome", "ACCEPTED")
                .containsEntry("identity", "CREATED");
        String customerId = (String) receipt.get("customer");
        assertThat(customerId).startsWith("CUS-");
        // The CRM is the customers' system of record: its account id is now in the customer table.
        assertThat(operator().getForObject("/api/xref/domains/customer/lookup?system=crm&code=" + account, Map.class))
                .containsEntry("canonicalCode", customerId);

        List<Map<String, Object>> outbox = outboxOf(receipt.get("messageId"));
        assertThat(outbox).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("subscriber", "erp").containsEntry("entity_key", "customer:" + customerId);
            Customer customer = CanonicalJson.read((String) row.get("payload"), Customer.class);
            assertThat(customer.id()).isEqualTo(customerId);
            assertThat(customer.name()).isEqualTo("Retailer R — Hypermarchés du Nord");
            assertThat(customer.gln()).isEqualTo(gln);
            assertThat(customer.vatNumber()).isEqualTo(payload(event).get("VAT_Number__c").asText());
            assertThat(customer.segment()).isEqualTo("SEG-KEY");
            assertThat(customer.serviceClass()).isEqualTo(ServiceClass.KEY_ACCOUNT);
            assertThat(customer.addresses()).hasSize(2);
        });

        List<Map<String, Object>> tracked = operator().getForObject("/api/messages?key=gln:" + gln, List.class);
        assertThat(tracked).singleElement().satisfies(message -> {
            assertThat(message).containsEntry("source_system", "crm").containsEntry("status", "ACCEPTED")
                    .containsEntry("message_type", "Customer")
                    .containsEntry("source_change_id", event.at("/payload/ChangeEventHeader/transactionKey").asText()
                            + ":1:" + account);
            assertThat((List<Map<String, Object>>) message.get("hops")).extracting(hop -> hop.get("step"))
                    .startsWith("RECEIVED", "QUEUED");
        });
    }

    @Test
    void anAccountCarryingTheGlnOfAnErpCustomerIsLinkedToIt() {
        String gln = gln();
        Map<String, Object> erpCustomer = steward().postForObject("/api/xref/domains/customer/canonical",
                Map.of("label", "Retailer R", "naturalKeys", Map.of("gln", gln), "reason", "ERP sold-to 100234"), Map.class);
        String canonical = (String) erpCustomer.get("code");
        steward().postForEntity("/api/xref/domains/customer/mappings", Map.of("system", "erp",
                "externalCode", "100234-" + unique(), "canonicalCode", canonical, "reason", "ERP sold-to"), Map.class);
        mapSegment("Key Accounts", "SEG-KEY");
        String account = accountId();
        ObjectNode event = event("account-create.json", account);
        payload(event).put("GLN__c", gln);

        Map<String, Object> receipt = onlyReceipt(postSigned(event));

        assertThat(receipt).containsEntry("outcome", "ACCEPTED").containsEntry("identity", "LINKED")
                .containsEntry("customer", canonical);
        assertThat(operator().getForObject("/api/xref/domains/customer/lookup?system=crm&code=" + account, Map.class))
                .containsEntry("canonicalCode", canonical);
        assertThat(outboxOf(receipt.get("messageId"))).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("subscriber", "erp")
                        .containsEntry("entity_key", "customer:" + canonical));
    }

    @Test
    void theSameEventPostedTwiceIsAppliedOnce() {
        mapSegment("Key Accounts", "SEG-KEY");
        ObjectNode event = event("account-create.json", accountId());
        payload(event).put("GLN__c", gln());

        Map<String, Object> first = onlyReceipt(postSigned(event));
        ResponseEntity<Map> again = postSigned(event);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Map<String, Object> second = onlyReceipt(again);
        assertThat(first).containsEntry("outcome", "ACCEPTED");
        assertThat(second).containsEntry("outcome", "DUPLICATE").containsEntry("messageId", first.get("messageId"))
                .containsEntry("customer", first.get("customer"));
        assertThat(outboxOf(first.get("messageId"))).hasSize(1);
        Map<String, Object> message = operator().getForObject("/api/messages/" + first.get("messageId"), Map.class);
        assertThat((List<Map<String, Object>>) message.get("hops")).extracting(hop -> hop.get("step"))
                .contains("DUPLICATE");
    }

    @Test
    void callsNotSignedBySystemOrTooLargeOrForAnUnknownSystemAreRefusedAndNotRecorded() {
        ObjectNode event = event("account-create.json", accountId());
        String body = event.toString();
        String transactionKey = event.at("/payload/ChangeEventHeader/transactionKey").asText();

        assertThat(post("crm", body, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post("crm", body, "sha256=" + hmacSha256(body, "another-secret")).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post("crm", body, "sha256=" + hmacSha256(body + " ", WEBHOOK_SECRET)).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post("crm", body, "sha256=not-hex").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post("crm", body, hmacSha256(body, WEBHOOK_SECRET)).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        String signature = "sha256=" + hmacSha256(body, WEBHOOK_SECRET);
        assertThat(post("nowhere", body, signature).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // Declared, but not a CRM: it has no webhook.
        assertThat(post("erp", body, signature).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        String huge = "[" + body + "," + " ".repeat(CrmWebhookController.MAX_BODY_BYTES) + "]";
        assertThat(post("crm", huge, "sha256=" + hmacSha256(huge, WEBHOOK_SECRET)).getStatusCode())
                .isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM hub_message WHERE source_change_id LIKE ?", Integer.class,
                transactionKey + "%")).isZero();
        // The signature is the authentication: Basic credentials alone do not open the webhook.
        ResponseEntity<Map> withUserOnly = operator().postForEntity("/api/connectors/crm/webhook", body, Map.class);
        assertThat(withUserOnly.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anUnknownSegmentIsParkedAndTheChangeIsReplayedOnceAStewardMapsIt() {
        String account = accountId();
        String gln = gln();
        String segment = "Gold Partners " + unique();
        ObjectNode create = event("account-create.json", account);
        payload(create).put("GLN__c", gln).put("Segment__c", segment);
        ObjectNode update = event("account-update.json", account);

        Map<String, Object> parked = onlyReceipt(postSigned(create));
        // A later change of the same account must not overtake it: it waits behind.
        Map<String, Object> behind = onlyReceipt(postSigned(update));

        assertThat(parked).containsEntry("outcome", "PARKED");
        assertThat((String) parked.get("reason")).isEqualTo("no customer-segment mapping for crm code '" + segment
                + "': message parked until a steward maps it");
        assertThat(behind).containsEntry("outcome", "PARKED").containsEntry("customer", parked.get("customer"));
        assertThat((String) behind.get("reason")).startsWith("waits behind change "
                + create.at("/payload/ChangeEventHeader/transactionKey").asText());
        List<Map<String, Object>> tracked = operator().getForObject("/api/messages?key=gln:" + gln, List.class);
        assertThat(tracked).extracting(m -> m.get("status")).containsExactly("PARKED", "PARKED");
        assertThat(outboxOf(parked.get("messageId"))).isEmpty();
        assertThat(operator().getForObject("/api/xref/parked?domain=customer-segment&code=" + segment, List.class))
                .hasSize(2);

        // The steward creates the segment and accepts the code from the inbox.
        steward().postForEntity("/api/xref/domains/customer-segment/canonical",
                Map.of("code", "SEG-GOLD-" + unique(), "label", segment, "reason", "new partner segment"), Map.class);
        List<Map<String, Object>> inbox = operator().getForObject("/api/xref/inbox?domain=customer-segment&q="
                + segment, List.class);
        Map<String, Object> accepted = steward().postForObject("/api/xref/inbox/" + inbox.get(0).get("id") + "/accept",
                Map.of("reason", "marketing's new segment"), Map.class);
        String canonicalSegment = (String) accepted.get("canonicalCode");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(statusOf(parked.get("messageId"))).isEqualTo("ACCEPTED");
            assertThat(statusOf(behind.get("messageId"))).isEqualTo("ACCEPTED");
        });
        Customer created = CanonicalJson.read((String) outboxOf(parked.get("messageId")).get(0).get("payload"), Customer.class);
        Customer updated = CanonicalJson.read((String) outboxOf(behind.get("messageId")).get(0).get("payload"), Customer.class);
        assertThat(created.segment()).isEqualTo(canonicalSegment);
        assertThat(created.name()).isEqualTo("Retailer R — Hypermarchés du Nord");
        // Replayed in order: the update completes the created customer and is queued after it.
        assertThat(updated.name()).isEqualTo("Retailer R — Hypermarchés du Nord SA");
        assertThat(updated.segment()).isEqualTo(canonicalSegment);
        assertThat(updated.gln()).isEqualTo(gln);
        assertThat(updated.addresses().get(0).streetLines()).containsExactly("Chaussée de Louvain 433");
        assertThat((Long) outboxOf(parked.get("messageId")).get(0).get("id"))
                .isLessThan((Long) outboxOf(behind.get("messageId")).get(0).get("id"));
        assertThat(operator().getForObject("/api/xref/parked?domain=customer-segment&code=" + segment, List.class))
                .isEmpty();
    }

    @Test
    void anInvalidEventIsRefusedWith422AndKeptWithItsReason() {
        String account = accountId();
        String dataDigits = gln().substring(0, 12);
        int checkDigit = Gs1CheckDigit.compute(dataDigits);
        int mistyped = (checkDigit + 1) % 10;
        String badGln = dataDigits + mistyped;
        ObjectNode event = event("account-create.json", account);
        payload(event).put("GLN__c", badGln);

        ResponseEntity<Map> response = postSigned(event);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        Map<String, Object> receipt = onlyReceipt(response);
        assertThat(receipt).containsEntry("outcome", "REJECTED");
        assertThat((String) response.getBody().get("detail")).contains("GLN__c (canonical gln) = \"" + badGln
                + "\": GLN check digit is wrong: expected " + checkDigit + ", found " + mistyped);
        // Nothing learned from it, and nothing lost: the refusal and the change as received are kept.
        assertThat(operator().getForEntity("/api/xref/domains/customer/lookup?system=crm&code=" + account, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        Map<String, Object> message = operator().getForObject("/api/messages/" + receipt.get("messageId"), Map.class);
        assertThat(message).containsEntry("status", "REJECTED");
        assertThat((String) message.get("error")).contains("GLN__c");
        assertThat((List<Map<String, Object>>) message.get("hops")).anySatisfy(hop -> {
            assertThat(hop).containsEntry("step", "INPUT");
            assertThat((String) hop.get("detail")).contains("\"GLN__c\":\"" + badGln + "\"");
        });
        assertThat(operator().getForObject("/api/messages?key=gln:" + badGln, List.class)).hasSize(1);
    }

    @Test
    void aBatchGetsOneReceiptPerRecordAndARefusedOneDoesNotStopTheOthers() {
        mapSegment("Key Accounts", "SEG-KEY");
        ObjectNode created = event("account-create.json", accountId());
        payload(created).put("GLN__c", gln());
        ObjectNode deleted = event("account-create.json", accountId());
        ((ObjectNode) payload(deleted).get("ChangeEventHeader")).put("changeType", "DELETE");

        ResponseEntity<Map> response = postSigned("[" + created + "," + deleted + ",\"not an event\"]");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        List<Map<String, Object>> receipts = (List<Map<String, Object>>) response.getBody().get("receipts");
        assertThat(receipts).extracting(r -> r.get("outcome")).containsExactly("ACCEPTED", "REJECTED", "REJECTED");
        assertThat((String) receipts.get(1).get("reason")).contains("DELETE is not carried");
        assertThat((String) receipts.get(2).get("reason"))
                .isEqualTo("unreadable change event: a change event must be a JSON object, found STRING");
        assertThat(response.getBody()).containsEntry("title", "2 of 3 change(s) refused; kept with the reason");
        assertThat(statusOf(receipts.get(2).get("messageId"))).isEqualTo("REJECTED");
    }

    private void mapSegment(String crmCode, String canonical) {
        String known = jdbc.queryForList("SELECT canonical_code FROM xref_mapping WHERE domain = 'customer-segment'"
                + " AND system = 'crm' AND external_code = ?", String.class, crmCode).stream().findFirst().orElse(null);
        if (known != null) {
            return;
        }
        steward().postForEntity("/api/xref/domains/customer-segment/canonical",
                Map.of("code", canonical, "label", crmCode, "reason", "marketing segmentation"), Map.class);
        ResponseEntity<Map> mapped = steward().postForEntity("/api/xref/domains/customer-segment/mappings",
                Map.of("system", "crm", "externalCode", crmCode, "canonicalCode", canonical, "reason", "CRM picklist"),
                Map.class);
        assertThat(mapped.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
}
