package io.passerelle.hub.connector.crm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.passerelle.canonical.validation.Gs1CheckDigit;
import io.passerelle.hub.testing.DemoErp;
import io.passerelle.hub.testing.HubTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole hub with a CRM declared as a crm-rest system pointing at a stand-in Salesforce on 127.0.0.1, and
 * an ERP (its demo interface tables) subscribed to customers and to the boundary events marketing decides in
 * the CRM. The CRM
 * tests share this one Spring context and stand-in; each test uses its own accounts, GLNs and products.
 */
@HubTest
abstract class CrmConnectorHub {

    static final String WEBHOOK_SECRET = "test-webhook-secret";
    static final String CRM_TOKEN = "test-crm-token";
    static final CrmStandIn SALESFORCE = CrmStandIn.start();
    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @DynamicPropertySource
    static void systems(DynamicPropertyRegistry registry) {
        registry.add("passerelle.systems.crm.type", () -> "crm-rest");
        registry.add("passerelle.systems.crm.receives[0]", () -> "Product");
        registry.add("passerelle.systems.crm.rest.base-url", SALESFORCE::baseUrl);
        registry.add("passerelle.systems.crm.rest.token", () -> CRM_TOKEN);
        registry.add("passerelle.systems.crm.rest.webhook-secret", () -> WEBHOOK_SECRET);
        registry.add("passerelle.systems.crm.rest.timeout", () -> "2s");
        DemoErp.declare(registry, "Customer");
        // The ERP plans on what marketing decides in the CRM: launches, withdrawals, promotions.
        List<String> decisions = List.of("LaunchDateChanged", "ProductWithdrawn", "PromotionPlanned",
                "PromotionChanged", "PromotionCancelled");
        registry.add("passerelle.events.subscriptions[0].system", () -> "erp");
        for (int i = 0; i < decisions.size(); i++) {
            String event = decisions.get(i);
            registry.add("passerelle.events.subscriptions[0].events[" + i + "]", () -> event);
        }
        registry.add("passerelle.events.zone", () -> "UTC");
        registry.add("passerelle.delivery.first-retry", () -> "100ms");
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    TestRestTemplate operator() {
        return http.withBasicAuth("operator", "operator-test-password");
    }

    TestRestTemplate steward() {
        return http.withBasicAuth("steward", "steward-test-password");
    }

    /** A number no other test of this JVM uses, for ids, GLNs and GTINs. */
    static int unique() {
        return SEQUENCE.incrementAndGet();
    }

    static String accountId() {
        return String.format("0015g000%07dAAV", unique());
    }

    static String gln() {
        return Gs1CheckDigit.append(String.format("54123459%04d", unique()));
    }

    static String gtin() {
        return Gs1CheckDigit.append(String.format("400638139%03d", unique()));
    }

    /** A VAT number no other test uses (the canonical rule checks its form, not its check digits). */
    static String vat() {
        return String.format("BE0%09d", unique());
    }

    /**
     * A recorded change event as a new change (its own transaction key) of another account, with a GLN and VAT
     * number of its own where it carries them: customers sharing one would be linked to each other.
     */
    static ObjectNode event(String fixture, String accountId) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(fixture(fixture));
            ObjectNode payload = (ObjectNode) event.get("payload");
            ObjectNode header = (ObjectNode) payload.get("ChangeEventHeader");
            header.putArray("recordIds").add(accountId);
            header.put("transactionKey", UUID.randomUUID().toString());
            if (payload.has("GLN__c")) {
                payload.put("GLN__c", gln());
            }
            if (payload.has("VAT_Number__c")) {
                payload.put("VAT_Number__c", vat());
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode payload(ObjectNode event) {
        return (ObjectNode) event.get("payload");
    }

    static String fixture(String name) {
        try (InputStream in = CrmConnectorHub.class.getResourceAsStream("/fixtures/salesforce/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ResponseEntity<Map> postSigned(Object event) {
        String body = event instanceof String text ? text : event.toString();
        return post("crm", body, "sha256=" + hmacSha256(body, WEBHOOK_SECRET));
    }

    ResponseEntity<Map> post(String system, String body, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (signature != null) {
            headers.set("X-Passerelle-Signature", signature);
        }
        return http.postForEntity("/api/connectors/" + system + "/webhook", new HttpEntity<>(body, headers), Map.class);
    }

    /** Computed here independently of the hub's own code, as a CRM's relay would. */
    static String hmacSha256(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> onlyReceipt(ResponseEntity<Map> response) {
        List<Map<String, Object>> receipts = (List<Map<String, Object>>) response.getBody().get("receipts");
        if (receipts == null || receipts.size() != 1) {
            throw new AssertionError("expected one receipt, got " + response.getBody());
        }
        return receipts.get(0);
    }

    /** The outbox rows of a message: subscriber, status, payload. */
    List<Map<String, Object>> outboxOf(Object messageId) {
        return jdbc.queryForList("SELECT id, subscriber, entity_key, status, attempts, last_error, payload::text AS payload"
                + " FROM hub_delivery WHERE message_id = ? ORDER BY id", UUID.fromString(messageId.toString()));
    }

    String statusOf(Object messageId) {
        return jdbc.queryForObject("SELECT status FROM hub_message WHERE id = ?", String.class,
                UUID.fromString(messageId.toString()));
    }
}
