package io.passerelle.hub.connector.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.Promotion;
import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.event.LaunchDateChanged;
import io.passerelle.canonical.event.PromotionChanged;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Marketing's decisions taken in the CRM (a launch moved, a product withdrawn, a promotion planned, changed,
 * cancelled), posted as Salesforce Change Data Capture events to the hub's webhook over real HTTP, reaching
 * the ERP's planning-notice table in its material numbers.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class CrmEventsTest extends CrmConnectorHub {

    @Test
    void aLaunchDateMovedInTheCrmReachesTheErpAsAPlanningNoticeAndIsAppliedOnce() {
        String material = "MAT-L" + unique();
        String product = erpProduct(material, "2026-12-01");
        String product2 = product2Id();
        crmKnowsProductAs(product2, product);
        ObjectNode event = event("product2-launch-date-update.json", product2);

        ResponseEntity<Map> response = postSigned(event);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Map<String, Object> receipt = onlyReceipt(response);
        assertThat(receipt).containsEntry("outcome", "ACCEPTED").containsEntry("messageType", "LaunchDateChanged")
                .containsEntry("entity", "product:" + product);
        Map<String, Object> notice = awaitNotice(material, "LaunchDateChanged");
        assertThat(notice).containsEntry("period_start", Date.valueOf("2026-12-15")).containsEntry("note",
                "Launch of " + product + " moved from 2026-12-01 to 2026-12-15 (packaging supplier late)");

        // The event, as an operator sees it, with the date the hub knew before.
        Map<String, Object> seen = operator().getForObject("/api/events/" + receipt.get("messageId"), Map.class);
        assertThat(seen).containsEntry("event_type", "LaunchDateChanged").containsEntry("source_system", "crm");
        assertThat(CanonicalJson.read((String) seen.get("event"), BoundaryEvent.class)).isEqualTo(
                new LaunchDateChanged(product, LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-15"),
                        "packaging supplier late"));

        // Delivered twice by the CRM's relay: applied once.
        Map<String, Object> again = onlyReceipt(postSigned(event));
        assertThat(again).containsEntry("outcome", "DUPLICATE").containsEntry("messageId", receipt.get("messageId"));
        // One set of notices: the repeat queued nothing.
        assertThat(outboxOf(receipt.get("messageId"))).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("subscriber", "erp"));
        assertThat(notices(material)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hub_message WHERE message_type = 'LaunchDateChanged'"
                + " AND entity_key = ?", Integer.class, "product:" + product)).isEqualTo(1);
    }

    @Test
    void aProductWithdrawnInTheCrmReachesTheErpAndOtherProductChangesAreAcknowledged() {
        String material = "MAT-W" + unique();
        String product = erpProduct(material, "2026-11-01");
        String product2 = product2Id();
        crmKnowsProductAs(product2, product);

        Map<String, Object> withdrawn = onlyReceipt(postSigned(event("product2-withdrawal-update.json", product2)));
        ObjectNode described = event("product2-launch-date-update.json", product2);
        payload(described).remove(List.of("Launch_Date__c", "Launch_Change_Reason__c"));
        payload(described).put("Description", "New recipe");
        ((ObjectNode) payload(described).get("ChangeEventHeader")).putArray("changedFields").add("Description");
        ResponseEntity<Map> other = postSigned(described);

        assertThat(withdrawn).containsEntry("outcome", "ACCEPTED").containsEntry("messageType", "ProductWithdrawn");
        assertThat(awaitNotice(material, "ProductWithdrawn")).containsEntry("period_start", Date.valueOf("2026-12-10"));
        // The ERP is the products' system of record: a description changed in the CRM is not refused, nor carried.
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(onlyReceipt(other)).containsEntry("outcome", "IGNORED").doesNotContainKey("messageId");
        assertThat((String) onlyReceipt(other).get("reason")).startsWith("neither Launch_Date__c nor a withdrawal");
    }

    @Test
    void aPromotionPlannedChangedThenCancelledInTheCrmReachesTheErpInOrder() {
        String material = "MAT-P" + unique();
        String product = erpProduct(material, null);
        String account = accountId();
        String customer = crmAccount(account);
        String record = promotionRecordId();
        String code = "PROMO-" + unique();

        Map<String, Object> planned = onlyReceipt(postSigned(promotionCreate(record, code, product, account)));
        Map<String, Object> changed = onlyReceipt(postSigned(event("promotion-update.json", record)));
        ObjectNode cancel = event("promotion-update.json", record);
        payload(cancel).remove("Expected_Uplift_Percent__c");
        payload(cancel).put("Status__c", "Cancelled").put("Cancellation_Reason__c", "budget cut");
        ((ObjectNode) payload(cancel).get("ChangeEventHeader")).putArray("changedFields").add("Status__c")
                .add("Cancellation_Reason__c");
        Map<String, Object> cancelled = onlyReceipt(postSigned(cancel));
        Map<String, Object> deleted = onlyReceipt(postSigned(event("promotion-delete.json", record)));

        assertThat(List.of(planned, changed, cancelled)).extracting(r -> r.get("outcome"))
                .containsOnly("ACCEPTED");
        assertThat(List.of(planned, changed, cancelled)).extracting(r -> r.get("messageType"))
                .containsExactly("PromotionPlanned", "PromotionChanged", "PromotionCancelled");
        assertThat(List.of(planned, changed, cancelled)).extracting(r -> r.get("entity"))
                .containsOnly("promotion:" + code);
        assertThat(deleted).containsEntry("outcome", "IGNORED")
                .containsEntry("reason", "promotion " + code + " was already cancelled");

        // The change carries the whole promotion as it now stands: the new uplift, the period and accounts kept.
        Promotion now = ((PromotionChanged) CanonicalJson.read((String) operator().getForObject("/api/events/"
                + changed.get("messageId"), Map.class).get("event"), BoundaryEvent.class)).promotion();
        assertThat(now.expectedUpliftPercent()).isEqualByComparingTo("50");
        assertThat(now.period().startDate()).isEqualTo(LocalDate.parse("2027-01-10"));
        assertThat(now.period().endDate()).isEqualTo(LocalDate.parse("2027-01-24"));
        assertThat(now.customerIds()).containsExactly(customer);
        assertThat(now.productIds()).containsExactly(product);

        await().atMost(Duration.ofSeconds(20)).until(() -> notices(material).size() == 3);
        List<Map<String, Object>> notices = notices(material);
        assertThat(notices).extracting(n -> n.get("event_type"))
                .containsExactly("PromotionPlanned", "PromotionChanged", "PromotionCancelled");
        assertThat(notices).extracting(n -> ((BigDecimal) n.get("uplift_percent")).stripTrailingZeros().toPlainString())
                .containsExactly("35", "50", "0");
        assertThat(notices).extracting(n -> n.get("period_end")).containsOnly(Date.valueOf("2027-01-24"));
        assertThat((String) notices.get(2).get("note")).isEqualTo("Promotion " + code
                + " cancelled (budget cut): release its uplift");
    }

    @Test
    void aPromotionNamingAnUnknownAccountWaitsWithItsLaterChangesUntilAStewardMapsTheAccount() {
        String material = "MAT-Q" + unique();
        String product = erpProduct(material, null);
        String account = accountId();
        String record = promotionRecordId();
        String code = "PROMO-" + unique();

        Map<String, Object> parked = onlyReceipt(postSigned(promotionCreate(record, code, product, account)));
        Map<String, Object> behind = onlyReceipt(postSigned(event("promotion-update.json", record)));

        assertThat(parked).containsEntry("outcome", "PARKED").containsEntry("messageType", "PromotionPlanned")
                .containsEntry("entity", "promotion:" + code).containsEntry("reason", "Account_Ids__c: no customer"
                        + " mapping for crm code '" + account + "': message parked until a steward maps it");
        assertThat(behind).containsEntry("outcome", "PARKED").containsEntry("messageType", "PromotionChanged");
        assertThat((String) behind.get("reason")).startsWith("waits behind change ");
        assertThat(notices(material)).isEmpty();

        String customer = crmAccount(account);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(statusOf(parked.get("messageId"))).isEqualTo("ACCEPTED");
            assertThat(statusOf(behind.get("messageId"))).isEqualTo("ACCEPTED");
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> notices(material).size() == 2);
        assertThat(notices(material)).extracting(n -> n.get("event_type"))
                .containsExactly("PromotionPlanned", "PromotionChanged");
        Promotion replayed = ((PromotionChanged) CanonicalJson.read((String) operator().getForObject("/api/events/"
                + behind.get("messageId"), Map.class).get("event"), BoundaryEvent.class)).promotion();
        assertThat(replayed.customerIds()).containsExactly(customer);
        assertThat(replayed.expectedUpliftPercent()).isEqualByComparingTo("50");
    }

    @Test
    void aPromotionEndingBeforeItStartsIsRefusedNamingTheFieldAndKept() {
        String product = erpProduct("MAT-X" + unique(), null);
        String account = accountId();
        crmAccount(account);
        ObjectNode event = promotionCreate(promotionRecordId(), "PROMO-" + unique(), product, account);
        payload(event).put("End_Date__c", "2027-01-01");

        ResponseEntity<Map> response = postSigned(event);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        Map<String, Object> receipt = onlyReceipt(response);
        assertThat(receipt).containsEntry("outcome", "REJECTED").containsEntry("messageType", "PromotionPlanned");
        assertThat((String) response.getBody().get("detail")).contains("End_Date__c (canonical period.endDate) ="
                + " \"2027-01-01\": must be on or after startDate \"2027-01-10\"");
        Map<String, Object> message = operator().getForObject("/api/messages/" + receipt.get("messageId"), Map.class);
        assertThat(message).containsEntry("status", "REJECTED");
        assertThat((List<Map<String, Object>>) message.get("hops")).anySatisfy(hop -> {
            assertThat(hop).containsEntry("step", "INPUT");
            assertThat((String) hop.get("detail")).contains("\"End_Date__c\":\"2027-01-01\"");
        });
    }

    /** A product of the ERP, its system of record, with its launch date; its canonical id once the hub has it. */
    private String erpProduct(String material, String launchDate) {
        jdbc.update("INSERT INTO erp.to_hub_product (material_number, gtin, description, base_unit, lifecycle_status,"
                + " launch_date) VALUES (?, ?, ?, 'PCE', ?, CAST(? AS date))", material, gtin(), "Product " + material,
                launchDate == null ? "ACTIVE" : "PLANNED", launchDate);
        await().atMost(Duration.ofSeconds(20)).until(() -> !jdbc.queryForList("SELECT 1 FROM hub_message m JOIN"
                + " xref_mapping x ON m.entity_key = 'product:' || x.canonical_code WHERE x.domain = 'product'"
                + " AND x.system = 'erp' AND x.external_code = ? AND m.status = 'ACCEPTED'", material).isEmpty());
        return jdbc.queryForObject("SELECT canonical_code FROM xref_mapping WHERE domain = 'product' AND system = 'erp'"
                + " AND external_code = ?", String.class, material);
    }

    /** What the hub learns when it upserts a product into Product2: the record id Salesforce gave it. */
    private void crmKnowsProductAs(String product2, String product) {
        ResponseEntity<Map> mapped = steward().postForEntity("/api/xref/domains/product/mappings", Map.of("system",
                "crm", "externalCode", product2, "canonicalCode", product, "reason", "Product2 record"), Map.class);
        assertThat(mapped.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    /** A customer the CRM knows by this account id: the steward maps it. */
    private String crmAccount(String account) {
        Map<String, Object> created = steward().postForObject("/api/xref/domains/customer/canonical",
                Map.of("label", "Retailer " + account, "reason", "key account"), Map.class);
        String customer = (String) created.get("code");
        ResponseEntity<Map> mapped = steward().postForEntity("/api/xref/domains/customer/mappings", Map.of("system",
                "crm", "externalCode", account, "canonicalCode", customer, "reason", "CRM account"), Map.class);
        assertThat(mapped.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return customer;
    }

    private static ObjectNode promotionCreate(String record, String code, String product, String account) {
        ObjectNode event = event("promotion-create.json", record);
        payload(event).put("Promotion_Code__c", code).put("Product_Codes__c", product).put("Account_Ids__c", account);
        return event;
    }

    private static String product2Id() {
        return String.format("01t5g000%07dAAV", unique());
    }

    private static String promotionRecordId() {
        return String.format("a0B5g000%07dEAE", unique());
    }

    private Map<String, Object> awaitNotice(String material, String eventType) {
        await().atMost(Duration.ofSeconds(20)).until(() -> notices(material).stream()
                .anyMatch(n -> eventType.equals(n.get("event_type"))));
        return notices(material).stream().filter(n -> eventType.equals(n.get("event_type"))).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> notices(String material) {
        return jdbc.queryForList("SELECT event_type, period_start, period_end, uplift_percent, note"
                + " FROM erp.from_hub_planning_notice WHERE material_number = ? ORDER BY id", material);
    }
}
