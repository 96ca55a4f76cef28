package io.passerelle.hub.xref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.passerelle.hub.testing.HubTest;
import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.CodeTranslator;
import io.passerelle.mappings.xref.ParkingLot;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stewards' API over HTTP, on the configuration shipped in config/. */
@HubTest
@SuppressWarnings("unchecked")
class XrefApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    CodeTranslator translator;

    @Autowired
    ParkingLot parking;

    @Autowired
    JdbcTemplate jdbc;

    TestRestTemplate steward() {
        return http.withBasicAuth("steward", "steward-test-password");
    }

    TestRestTemplate operator() {
        return http.withBasicAuth("operator", "operator-test-password");
    }

    @Test
    void theShippedConfigurationDeclaresTheDomainsAndTheirPolicies() {
        ResponseEntity<List> response = operator().getForEntity("/api/xref/domains", List.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).extracting(d -> ((Map<?, ?>) d).get("name")).contains("customer", "product",
                "unit-of-measure", "customer-segment", "order-status", "reason-code", "plant", "production-line", "currency");
        Map<String, Object> units = (Map<String, Object>) response.getBody().stream()
                .filter(d -> "unit-of-measure".equals(((Map<?, ?>) d).get("name"))).findFirst().orElseThrow();
        Map<String, Object> policies = (Map<String, Object>) units.get("policies");
        assertThat(policies).containsKeys("*", "wms");
        assertThat((Map<String, Object>) policies.get("wms"))
                .containsEntry("action", "DEFAULT").containsEntry("defaultValue", "C62");
    }

    @Test
    void stewardsWriteOthersReadAndPartnersSeeNothing() {
        Map<String, Object> canonical = Map.of("code", "P1", "label", "Plant Lyon", "reason", "new plant");
        assertThat(operator().postForEntity("/api/xref/domains/plant/canonical", canonical, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("partner-r", "partner-test-password")
                .getForEntity("/api/xref/domains/plant/mappings", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/xref/domains/plant/mappings", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(steward().postForEntity("/api/xref/domains/plant/canonical", canonical, String.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map> created = steward().postForEntity("/api/xref/domains/plant/mappings",
                Map.of("system", "erp", "externalCode", "1000", "canonicalCode", "P1", "reason", "SAP plant 1000"), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Number id = (Number) created.getBody().get("id");

        assertThat(operator().getForObject("/api/xref/domains/plant/lookup?system=erp&code=1000", Map.class))
                .containsEntry("canonicalCode", "P1");
        List<Map<String, Object>> history = operator().getForObject("/api/xref/mappings/" + id + "/history", List.class);
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("actor", "steward").containsEntry("source", "STEWARD")
                    .containsEntry("reason", "SAP plant 1000").containsEntry("action", "CREATE");
        });
    }

    @Test
    void aRefusedChangeAnswersWithItsReasons() {
        ResponseEntity<Map> refused = steward().postForEntity("/api/xref/domains/production-line/mappings",
                Map.of("system", "erp", "externalCode", "L2", "canonicalCode", "LINE-404", "reason", "typo"), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("title", "Change refused");
        assertThat((List<String>) refused.getBody().get("reasons")).containsExactly(
                "canonical production-line 'LINE-404' does not exist (create it first, or map to an existing code)");

        ResponseEntity<Map> unknown = operator().getForEntity("/api/xref/domains/colour/mappings", Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) unknown.getBody().get("detail")).startsWith("unknown conversion-table domain 'colour'");
    }

    @Test
    void csvImportIsAllOrNothingAndAnExportReimportsUnchanged() {
        for (String iso : List.of("EUR", "USD")) {
            steward().postForEntity("/api/xref/domains/currency/canonical",
                    Map.of("label", iso, "naturalKeys", Map.of("iso", iso), "reason", "ISO 4217"), Map.class);
        }
        String bad = "system,external_code,canonical_code,preferred,valid_from,valid_to\n"
                + "erp,978,EUR,true,,\n"
                + "erp,840,USD,maybe,,\n"
                + "erp,826,GBP,true,,\n";
        ResponseEntity<Map> refused = steward().postForEntity("/api/xref/domains/currency/import?reason=ERP codes",
                csv(bad), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).containsExactly(
                Map.of("line", 3, "reason", "preferred must be true or false, found 'maybe'"));
        assertThat(operator().getForObject("/api/xref/domains/currency/mappings", List.class)).isEmpty();

        String good = bad.replace("maybe", "true").replace("erp,826,GBP,true,,\n", "");
        assertThat(steward().postForObject("/api/xref/domains/currency/import?reason=ERP codes", csv(good), Map.class))
                .containsEntry("created", 2);
        String exported = operator().getForObject("/api/xref/domains/currency/export", String.class);
        assertThat(steward().postForObject("/api/xref/domains/currency/import?reason=round trip", csv(exported), Map.class))
                .containsEntry("created", 0).containsEntry("updated", 0).containsEntry("unchanged", 2);
    }

    @Test
    void anOversizedImportIsRefusedBeforeItIsRead() {
        String huge = "x".repeat(XrefController.MAX_CSV_BYTES + 10);
        ResponseEntity<String> response = steward().postForEntity("/api/xref/domains/currency/import?reason=big",
                csv(huge), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    }

    @Test
    void aStewardAcceptsASuggestionFromTheInboxAndTheParkedMessageIsReplayed() {
        List<String> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
        parking.register("api-test-flow", message -> {
            translator.toCanonical(CodeSighting.reference("customer-segment", "erp", message.body(), "api-test-flow"));
            delivered.add(message.body());
        });
        steward().postForEntity("/api/xref/domains/customer-segment/canonical",
                Map.of("code", "SEG-KEY", "label", "Key accounts", "reason", "marketing segmentation"), Map.class);
        try {
            translator.toCanonical(new CodeSighting("customer-segment", "erp", "KEY ACCOUNTS", "Key account", Map.of(),
                    false, "api-test-flow", "m1", "segment KEY ACCOUNTS"));
        } catch (UnmappedCodeException e) {
            parking.park(e, "m1", "KEY ACCOUNTS", Map.of());
        }

        List<Map<String, Object>> inbox = operator().getForObject("/api/xref/inbox?domain=customer-segment", List.class);
        assertThat(inbox).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("externalCode", "KEY ACCOUNTS").containsEntry("occurrences", 1);
            assertThat((List<Map<String, Object>>) entry.get("suggestions")).first()
                    .satisfies(s -> assertThat(s).containsEntry("canonicalCode", "SEG-KEY"));
        });
        assertThat(operator().getForObject("/api/xref/parked?domain=customer-segment", List.class)).hasSize(1);

        Number id = (Number) inbox.get(0).get("id");
        ResponseEntity<Map> accepted = steward().postForEntity("/api/xref/inbox/" + id + "/accept",
                Map.of("reason", "best suggestion"), Map.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(accepted.getBody()).containsEntry("canonicalCode", "SEG-KEY");

        await().atMost(Duration.ofSeconds(5)).until(() -> delivered.size() == 1);
        assertThat(operator().getForObject("/api/xref/parked?domain=customer-segment", List.class)).isEmpty();
        assertThat(operator().getForObject("/api/xref/inbox?domain=customer-segment", List.class)).isEmpty();
    }

    @Test
    void aTableIsRestoredThroughTheApi() throws InterruptedException {
        steward().postForEntity("/api/xref/domains/reason-code/canonical",
                Map.of("code", "MAINT", "label", "Maintenance", "reason", "r"), Map.class);
        steward().postForEntity("/api/xref/domains/reason-code/canonical",
                Map.of("code", "BREAK", "label", "Breakdown", "reason", "r"), Map.class);
        Map<?, ?> mapping = steward().postForObject("/api/xref/domains/reason-code/mappings",
                Map.of("system", "erp", "externalCode", "Z1", "canonicalCode", "MAINT", "reason", "r"), Map.class);
        Thread.sleep(20);
        Instant before = Instant.now();
        Thread.sleep(20);
        HttpEntity<Map<String, Object>> change = new HttpEntity<>(Map.of("system", "erp", "externalCode", "Z1",
                "canonicalCode", "BREAK", "reason", "mistake"));
        steward().put("/api/xref/mappings/" + mapping.get("id"), change);
        assertThat(operator().getForObject("/api/xref/domains/reason-code/lookup?system=erp&code=Z1", Map.class))
                .containsEntry("canonicalCode", "BREAK");

        Map<String, Object> report = steward().postForObject("/api/xref/domains/reason-code/restore",
                Map.of("at", before.toString(), "reason", "undo the mistake"), Map.class);

        assertThat(report).containsEntry("changed", 1);
        assertThat(operator().getForObject("/api/xref/domains/reason-code/lookup?system=erp&code=Z1", Map.class))
                .containsEntry("canonicalCode", "MAINT");
    }

    @Test
    void theApiIsDocumentedWithOpenApi() {
        String docs = operator().getForObject("/v3/api-docs", String.class);
        assertThat(docs).contains("/api/xref/domains/{domain}/mappings", "/api/xref/inbox/accept-suggestions",
                "/api/xref/domains/{domain}/restore", "Conversion tables");
    }

    private static HttpEntity<String> csv(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        return new HttpEntity<>(body, headers);
    }
}
