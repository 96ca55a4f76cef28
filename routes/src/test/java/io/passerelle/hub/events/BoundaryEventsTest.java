package io.passerelle.hub.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.hub.connector.crm.CrmStandIn;
import io.passerelle.hub.connector.wms.WmsSftpConnectorTest;
import io.passerelle.hub.connector.wms.WmsSftpServer;
import io.passerelle.hub.testing.DemoErp;
import io.passerelle.hub.testing.HubTest;
import io.passerelle.mappings.xref.ChangeAuthor;
import io.passerelle.mappings.xref.ConversionTables;
import io.passerelle.mappings.xref.Mapping;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Boundary events end to end, on the real PostgreSQL (the ERP's interface tables), a CRM stand-in over HTTP
 * and a WMS on an in-process SFTP server: plant P1's line L2 makes products A and B; customers R and S have
 * open orders; events reach each subscribed system in its own codes, with the orders they hit.
 */
@HubTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoundaryEventsTest {

    static final CrmStandIn CRM = CrmStandIn.start();

    @TempDir
    static Path folders;

    static WmsSftpServer wms;

    @DynamicPropertySource
    static void systems(DynamicPropertyRegistry properties) {
        DemoErp.declare(properties);
        properties.add("passerelle.systems.crm.type", () -> "crm-rest");
        properties.add("passerelle.systems.crm.rest.base-url", CRM::baseUrl);
        properties.add("passerelle.systems.crm.rest.token", () -> "events-token");
        properties.add("passerelle.systems.crm.rest.timeout", () -> "2s");
        wms = new WmsSftpServer(folders.resolve("wms")).start();
        WmsSftpConnectorTest.system(properties, "wms", wms, wms.knownHosts(), "rename");
        properties.add("passerelle.systems.wms.sftp.planning-notices.name", () -> "PLANNING_{timestamp}_{entry}.csv");
        WmsSftpConnectorTest.csvLayout(properties, "passerelle.systems.wms.sftp.planning-notices.", true,
                "item", "gtin", "event", "from", "to", "uplift-percent");
        subscribe(properties, 0, "crm", "LineStoppageDeclared", "LineStoppageEnded", "LaunchDateChanged",
                "ProductWithdrawn");
        subscribe(properties, 1, "erp", "LaunchDateChanged", "ProductWithdrawn", "PromotionPlanned",
                "PromotionChanged", "PromotionCancelled");
        subscribe(properties, 2, "wms", "PromotionPlanned", "PromotionCancelled", "LineStoppageDeclared");
        properties.add("passerelle.events.subscriptions[2].only.min-stoppage", () -> "4h");
        properties.add("passerelle.events.zone", () -> "UTC");
        properties.add("passerelle.delivery.poll-interval", () -> "100ms");
        properties.add("passerelle.delivery.first-retry", () -> "200ms");
    }

    static void subscribe(DynamicPropertyRegistry properties, int index, String system, String... events) {
        String key = "passerelle.events.subscriptions[" + index + "].";
        properties.add(key + "system", () -> system);
        for (int i = 0; i < events.length; i++) {
            String event = events[i];
            properties.add(key + "events[" + i + "]", () -> event);
        }
    }

    @AfterAll
    static void stop() {
        wms.stop();
        CRM.close();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ConversionTables tables;

    @Autowired
    BoundaryEvents events;

    @Autowired
    PlatformTransactionManager transactionManager;

    static String productA;
    static String productB;
    static String productC;

    @BeforeEach
    void scenario() {
        CRM.answerOtherwise(CrmStandIn.Answer.of(201, "{\"id\":\"00T5g00000XyZ01AAB\",\"success\":true,\"errors\":[],\"created\":true}"));
        if (productA != null) {
            return;
        }
        // Products come from the ERP, their system of record; customers R and S are known to the CRM and the ERP.
        jdbc.update("INSERT INTO erp.to_hub_product (material_number, gtin, description, base_unit) VALUES"
                + " ('MAT-A', '4006381333931', 'Product A', 'PCE'), ('MAT-B', '4012345000016', 'Product B', 'PCE'),"
                + " ('MAT-C', '4012345000023', 'Product C', 'PCE')");
        customer("CUST-R", "Retailer R", "5412345000013", "0015g00000R1tLrAAJ", "100R");
        customer("CUST-S", "Shop S", "5412345000020", "0015g00000S2uMsAAJ", "200S");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM xref_mapping WHERE domain = 'product' AND system = 'erp'", Integer.class) == 3);
        productA = canonicalOf("MAT-A");
        productB = canonicalOf("MAT-B");
        productC = canonicalOf("MAT-C");
        jdbc.update("INSERT INTO erp.production_line_product (plant, line, material_number, lead_time_days) VALUES"
                + " ('P1', 'L2', 'MAT-A', 2), ('P1', 'L2', 'MAT-B', 3), ('P1', 'L1', 'MAT-C', 1)");
        // Open orders: R's 4500001 for A inside the window (with C, made on another line), R's 4500002 for A
        // after the window, S's 4500003 for B inside the window.
        jdbc.update("INSERT INTO erp.to_hub_order_line (order_number, line_number, customer_order_number, sold_to,"
                + " order_date, currency, material_number, quantity, unit, requested_date, promised_date, order_status)"
                + " VALUES ('4500001', 1, 'PO-R-778', '100R', DATE '2026-11-20', 'EUR', 'MAT-A', 120, 'PCE',"
                + "   DATE '2026-12-02', DATE '2026-12-02', 'ACCEPTED'),"
                + " ('4500001', 2, 'PO-R-778', '100R', DATE '2026-11-20', 'EUR', 'MAT-C', 10, 'PCE',"
                + "   DATE '2026-12-02', DATE '2026-12-02', 'ACCEPTED'),"
                + " ('4500002', 1, 'PO-R-779', '100R', DATE '2026-11-20', 'EUR', 'MAT-A', 50, 'PCE',"
                + "   DATE '2026-12-20', DATE '2026-12-20', 'ACCEPTED'),"
                + " ('4500003', 1, NULL, '200S', DATE '2026-11-21', 'EUR', 'MAT-B', 30, 'PCE',"
                + "   DATE '2026-12-03', DATE '2026-12-03', 'ACCEPTED')");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM hub_open_order_line", Integer.class) == 4);
    }

    @Test
    @Order(1)
    void aLineStoppageTellsSalesWhichAccountsAndOrdersAreHitAndItsEndSendsTheFollowUp() throws Exception {
        jdbc.update("INSERT INTO erp.to_hub_line_stoppage (stoppage_id, plant, line, starts_at, ends_at, reason)"
                + " VALUES ('STOP-2026-0042', 'P1', 'L2', TIMESTAMPTZ '2026-12-01 06:00:00+00',"
                + " TIMESTAMPTZ '2026-12-04 06:00:00+00', 'maintenance')");

        await().atMost(Duration.ofSeconds(20)).until(() -> tasks().size() == 2);
        JsonNode forR = task("0015g00000R1tLrAAJ");
        assertThat(forR.get("Subject").asText()).contains("L2 stopped", "Retailer R", "4500001");
        assertThat(forR.get("Description").asText())
                .contains("order 4500001 (customer ref. PO-R-778) line 1: 120 H87 of " + productA
                        + ", expected 2026-12-02, now 2026-12-06")
                .doesNotContain("4500002").doesNotContain(productC);
        assertThat(forR.get("ActivityDate").asText()).isEqualTo("2026-12-02");
        JsonNode forS = task("0015g00000S2uMsAAJ");
        assertThat(forS.get("Description").asText())
                .contains("order 4500003 line 1: 30 H87 of " + productB + ", expected 2026-12-03, now 2026-12-07");
        // The WMS only hears of stoppages of 4 h or more: this one (3 days) is one planning notice per product.
        await().atMost(Duration.ofSeconds(20)).until(() -> planningFiles().size() == 1);
        // Each line carries the product's GTIN beside the WMS item code, read from the hub's product records.
        assertThat(Files.readString(planningFiles().get(0), StandardCharsets.UTF_8)).isEqualTo(
                "item;gtin;event;from;to;uplift-percent\n"
                        + productA + ";4006381333931;LineStoppageDeclared;2026-12-01;2026-12-04;\n"
                        + productB + ";4012345000016;LineStoppageDeclared;2026-12-01;2026-12-04;\n");

        // The event with its impact, as an operator sees it.
        String eventId = jdbc.queryForObject("SELECT id::text FROM hub_message WHERE message_type = 'LineStoppageDeclared'",
                String.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("SELECT count(*) FROM hub_delivery"
                + " WHERE message_id = CAST(? AS uuid) AND status <> 'DELIVERED'", Integer.class, eventId) == 0);
        JsonNode event = getJson("/api/events/" + eventId);
        assertThat(event.get("event_type").asText()).isEqualTo("LineStoppageDeclared");
        assertThat(event.get("impact")).hasSize(2);
        assertThat(event.get("impact").get(0).get("order_number").asText()).isEqualTo("4500001");
        assertThat(event.get("impact").get(0).get("new_date").asText()).isEqualTo("2026-12-06");
        assertThat(event.get("notices")).hasSize(4);
        assertThat(event.get("notices").get(0).get("delivered_as").asText()).startsWith("PATCH Task/Passerelle_Id__c/");

        // The line restarts a day late: the follow-up gives each account its final dates.
        jdbc.update("INSERT INTO erp.to_hub_line_stoppage (stoppage_id, plant, line, starts_at, ends_at, reason, kind)"
                + " VALUES ('STOP-2026-0042', 'P1', 'L2', TIMESTAMPTZ '2026-12-01 06:00:00+00',"
                + " TIMESTAMPTZ '2026-12-05 12:00:00+00', 'maintenance', 'ENDED')");
        await().atMost(Duration.ofSeconds(20)).until(() -> tasks().size() == 4);
        CrmStandIn.Upserted followUp = tasks().get(2).body().contains("0015g00000R1tLrAAJ") ? tasks().get(2) : tasks().get(3);
        JsonNode body = new ObjectMapper().readTree(followUp.body());
        assertThat(body.get("Subject").asText()).contains("L2 restarted", "Retailer R");
        assertThat(body.get("Description").asText()).contains("order 4500001 (customer ref. PO-R-778) line 1",
                "expected 2026-12-02, now 2026-12-07");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hub_delivery WHERE status = 'DEAD'", Integer.class)).isZero();
    }

    @Test
    @Order(2)
    void aLaunchMovedReachesTheErpAndFlagsPreOrdersInTheCrm() throws Exception {
        int before = tasks().size();
        ResponseEntity<String> accepted = post("""
                {"type":"LaunchDateChanged","productId":"%s","previousLaunchDate":"2026-12-01",
                 "newLaunchDate":"2026-12-15","reason":"packaging supplier late"}""".formatted(productA), "launch-1");
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // Offered twice (a retried call), applied once.
        assertThat(post("""
                {"type":"LaunchDateChanged","productId":"%s","previousLaunchDate":"2026-12-01",
                 "newLaunchDate":"2026-12-15","reason":"packaging supplier late"}""".formatted(productA), "launch-1")
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM erp.from_hub_planning_notice WHERE event_type = 'LaunchDateChanged'", Integer.class) == 1);
        assertThat(jdbc.queryForMap("SELECT material_number, period_start, note FROM erp.from_hub_planning_notice"
                + " WHERE event_type = 'LaunchDateChanged'"))
                .containsEntry("material_number", "MAT-A")
                .containsEntry("period_start", java.sql.Date.valueOf("2026-12-15"))
                .containsEntry("note", "Launch of " + productA + " moved from 2026-12-01 to 2026-12-15 (packaging supplier late)");
        // R's pre-order for A expected on 2 December is flagged; its order for the 20th is not hit.
        await().atMost(Duration.ofSeconds(20)).until(() -> tasks().size() == before + 1);
        JsonNode alert = new ObjectMapper().readTree(tasks().get(before).body());
        assertThat(alert.get("WhatId").asText()).isEqualTo("0015g00000R1tLrAAJ");
        assertThat(alert.get("Description").asText()).contains("4500001", "now 2026-12-15").doesNotContain("4500002");
    }

    @Test
    @Order(3)
    void aWithdrawnProductReachesTheErpAndTheCrmNamesTheOrdersThatCanNoLongerBeDelivered() throws Exception {
        int before = tasks().size();
        assertThat(post("""
                {"type":"ProductWithdrawn","productId":"%s","withdrawalDate":"2026-12-10","reason":"recipe discontinued"}"""
                .formatted(productA), "withdraw-1").getStatusCode()).isEqualTo(HttpStatus.CREATED);

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM erp.from_hub_planning_notice WHERE event_type = 'ProductWithdrawn'", Integer.class) == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> tasks().size() == before + 1);
        JsonNode alert = new ObjectMapper().readTree(tasks().get(before).body());
        assertThat(alert.get("Description").asText())
                .contains("order 4500002 (customer ref. PO-R-779) line 1", "can no longer be delivered")
                .doesNotContain("4500001");
    }

    @Test
    @Order(4)
    void aPromotionPlannedThenCancelledReachesTheErpAndTheWmsWithItsUpliftThenItsRelease() throws Exception {
        int files = planningFiles().size();
        String promotion = """
                {"type":"PromotionPlanned","promotion":{"id":"PROMO-2027-01","productIds":["%s"],"customerIds":[],
                 "segment":"RETAIL","period":{"startDate":"2027-01-10","endDate":"2027-01-24"},
                 "conditions":{"discountPercent":20,"terms":"2 for 1"},"expectedUpliftPercent":35}}""".formatted(productB);
        assertThat(post(promotion, "promo-1").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("SELECT count(*) FROM"
                + " erp.from_hub_planning_notice WHERE event_type = 'PromotionPlanned'", Integer.class) == 1);
        assertThat(jdbc.queryForMap("SELECT material_number, period_start, period_end, uplift_percent"
                + " FROM erp.from_hub_planning_notice WHERE event_type = 'PromotionPlanned'"))
                .containsEntry("material_number", "MAT-B").containsEntry("period_end", java.sql.Date.valueOf("2027-01-24"))
                .satisfies(row -> assertThat((java.math.BigDecimal) row.get("uplift_percent")).isEqualByComparingTo("35"));

        assertThat(post("""
                {"type":"PromotionCancelled","promotionId":"PROMO-2027-01","reason":"budget cut"}""", "promo-2")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("SELECT count(*) FROM"
                + " erp.from_hub_planning_notice WHERE event_type = 'PromotionCancelled'", Integer.class) == 1);
        assertThat(jdbc.queryForMap("SELECT material_number, uplift_percent, note FROM erp.from_hub_planning_notice"
                + " WHERE event_type = 'PromotionCancelled'")).containsEntry("material_number", "MAT-B")
                .containsEntry("note", "Promotion PROMO-2027-01 cancelled (budget cut): release its uplift");

        // The WMS heard both, in order, in its item codes.
        await().atMost(Duration.ofSeconds(20)).until(() -> planningFiles().size() == files + 2);
        List<Path> all = planningFiles();
        assertThat(Files.readString(all.get(files), StandardCharsets.UTF_8))
                .isEqualTo("item;gtin;event;from;to;uplift-percent\n" + productB
                        + ";4012345000016;PromotionPlanned;2027-01-10;2027-01-24;35\n");
        assertThat(Files.readString(all.get(files + 1), StandardCharsets.UTF_8))
                .isEqualTo("item;gtin;event;from;to;uplift-percent\n" + productB
                        + ";4012345000016;PromotionCancelled;2027-01-10;2027-01-24;0\n");
    }

    @Test
    @Order(5)
    void anEventBreakingARuleIsRefusedWithTheFieldAndNothingIsQueued() {
        long before = jdbc.queryForObject("SELECT count(*) FROM hub_delivery", Long.class);
        ResponseEntity<String> refused = post("""
                {"type":"LineStoppageDeclared","stoppageId":"S-9","plant":"P1","line":"L2",
                 "windowStart":"2026-12-10T06:00:00Z","windowEnd":"2026-12-09T06:00:00Z","reason":"breakdown"}""", "bad-1");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).contains("windowEnd");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hub_delivery", Long.class)).isEqualTo(before);
        assertThat(http.postForEntity("/api/events", json("{}"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @Order(6)
    void eventsOfferedAtTheSameTimeAreEachAcceptedOnceWithTheirOwnNotices() throws Exception {
        ExecutorService operators = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ResponseEntity<String>>> distinct = new ArrayList<>();
            List<Future<ResponseEntity<String>>> retried = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String event = """
                        {"type":"LaunchDateChanged","productId":"%s","newLaunchDate":"2027-02-%02d","reason":"plan %d"}"""
                        .formatted(productC, i + 1, i);
                String key = "burst-" + i;
                distinct.add(operators.submit(() -> {
                    start.await();
                    return post(event, key);
                }));
            }
            for (int i = 0; i < 6; i++) {
                retried.add(operators.submit(() -> {
                    start.await();
                    return post("""
                            {"type":"ProductWithdrawn","productId":"%s","withdrawalDate":"2027-03-01","reason":"retried"}"""
                            .formatted(productC), "burst-retried");
                }));
            }
            start.countDown();

            List<String> ids = new ArrayList<>();
            for (Future<ResponseEntity<String>> answer : distinct) {
                assertThat(answer.get(30, TimeUnit.SECONDS).getStatusCode()).isEqualTo(HttpStatus.CREATED);
                ids.add(new ObjectMapper().readTree(answer.get().getBody()).get("eventId").asText());
            }
            assertThat(ids).doesNotHaveDuplicates();
            List<HttpStatus> retriedAnswers = new ArrayList<>();
            java.util.Set<String> retriedIds = new java.util.HashSet<>();
            for (Future<ResponseEntity<String>> answer : retried) {
                retriedAnswers.add(HttpStatus.valueOf(answer.get(30, TimeUnit.SECONDS).getStatusCode().value()));
                retriedIds.add(new ObjectMapper().readTree(answer.get().getBody()).get("eventId").asText());
            }
            assertThat(retriedAnswers).containsOnlyOnce(HttpStatus.CREATED).containsOnly(HttpStatus.CREATED, HttpStatus.OK);
            assertThat(retriedIds).hasSize(1);
        } finally {
            operators.shutdown();
        }
        // Each accepted event queued its own notices: ten launch notices and one withdrawal for C in the ERP.
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("SELECT count(*) FROM"
                + " erp.from_hub_planning_notice WHERE material_number = 'MAT-C'", Integer.class) == 11);
        assertThat(jdbc.queryForList("SELECT note FROM erp.from_hub_planning_notice WHERE material_number = 'MAT-C'"
                + " AND event_type = 'LaunchDateChanged'", String.class))
                .hasSize(10).allSatisfy(note -> assertThat(note).startsWith("Launch of " + productC));
    }

    @Test
    @Order(7)
    void aPromotionPlannedCancelledAndRetriedInOneBatchIsAcceptedInOrderAndTheRetryOnce() {
        // What one batch of concurrent offers does, with the three in a known order: the cancellation must be
        // worked out after the plan is written (it reads its promotion), the retry is the plan's duplicate.
        BoundaryEvents.Offer planned = new BoundaryEvents.Offer("api:batch", "batch-1", CanonicalJson.read("""
                {"type":"PromotionPlanned","promotion":{"id":"PROMO-BATCH","productIds":["%s"],"customerIds":[],
                 "segment":"RETAIL","period":{"startDate":"2027-03-01","endDate":"2027-03-15"},
                 "conditions":{"discountPercent":10},"expectedUpliftPercent":15}}""".formatted(productB),
                BoundaryEvent.class));
        BoundaryEvents.Offer cancelled = new BoundaryEvents.Offer("api:batch", "batch-2", CanonicalJson.read("""
                {"type":"PromotionCancelled","promotionId":"PROMO-BATCH","reason":"stock too low"}""",
                BoundaryEvent.class));
        BoundaryEvents.Offer retried = new BoundaryEvents.Offer("api:batch", "batch-1", planned.event());

        List<BoundaryEvents.Receipt> receipts = new TransactionTemplate(transactionManager)
                .execute(status -> events.acceptAll(List.of(planned, cancelled, retried)));

        assertThat(receipts).extracting(BoundaryEvents.Receipt::outcome).containsExactly(
                BoundaryEvents.Outcome.ACCEPTED, BoundaryEvents.Outcome.ACCEPTED, BoundaryEvents.Outcome.DUPLICATE);
        assertThat(receipts.get(2).eventId()).isEqualTo(receipts.get(0).eventId());
        // The cancellation found its promotion's product: the ERP is told to release the uplift of MAT-B.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList("SELECT material_number FROM"
                + " erp.from_hub_planning_notice WHERE note LIKE 'Promotion PROMO-BATCH cancelled%'", String.class)
                .equals(List.of("MAT-B")));
    }

    private void customer(String id, String name, String gln, String crmAccount, String soldTo) {
        ChangeAuthor steward = ChangeAuthor.steward("sophie", "scenario");
        tables.createCanonical("customer", id, name, Map.of("gln", gln), steward);
        tables.create(new Mapping(null, "customer", "crm", crmAccount, id, true, null, null), steward);
        tables.create(new Mapping(null, "customer", "erp", soldTo, id, true, null, null), steward);
    }

    private String canonicalOf(String material) {
        return jdbc.queryForObject("SELECT canonical_code FROM xref_mapping WHERE domain = 'product' AND system = 'erp'"
                + " AND external_code = ?", String.class, material);
    }

    private ResponseEntity<String> post(String event, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add("Idempotency-Key", key);
        return http.withBasicAuth("operator", "operator-test-password")
                .postForEntity("/api/events", new HttpEntity<>(event, headers), String.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private JsonNode getJson(String path) throws Exception {
        return new ObjectMapper().readTree(http.withBasicAuth("operator", "operator-test-password")
                .getForObject(path, String.class));
    }

    private static List<CrmStandIn.Upserted> tasks() {
        return CRM.upserts("Task");
    }

    private static JsonNode task(String account) throws Exception {
        for (CrmStandIn.Upserted request : tasks()) {
            JsonNode body = new ObjectMapper().readTree(request.body());
            if (body.get("WhatId").asText().equals(account)) {
                return body;
            }
        }
        throw new AssertionError("no task for account " + account);
    }

    private static List<Path> planningFiles() throws Exception {
        try (Stream<Path> files = Files.list(wms.outbox())) {
            return files.filter(f -> f.getFileName().toString().matches("PLANNING_.*\\.csv")).sorted().toList();
        }
    }
}
