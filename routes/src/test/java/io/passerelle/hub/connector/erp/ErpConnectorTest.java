package io.passerelle.hub.connector.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.passerelle.canonical.Address;
import io.passerelle.canonical.AddressKind;
import io.passerelle.canonical.Customer;
import io.passerelle.canonical.ServiceClass;
import io.passerelle.hub.ingress.HubIngress;
import io.passerelle.hub.ingress.InboundChange;
import io.passerelle.hub.system.HubInstance;
import io.passerelle.hub.testing.DemoErp;
import io.passerelle.hub.testing.HubTest;
import io.passerelle.mappings.xref.ChangeAuthor;
import io.passerelle.mappings.xref.ConversionTables;
import io.passerelle.mappings.xref.Mapping;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The ERP's interface tables on the real PostgreSQL, read and written by the hub's routes. */
@HubTest
class ErpConnectorTest {

    @DynamicPropertySource
    static void erp(DynamicPropertyRegistry registry) {
        DemoErp.declare(registry, "Customer");
        registry.add("passerelle.delivery.poll-interval", () -> "100ms");
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConversionTables tables;

    @Autowired
    HubIngress ingress;

    @Autowired
    TestRestTemplate http;

    @Autowired
    HubInstance hubInstance;

    @Autowired
    ErpLeftClaims leftClaims;

    private long product(String material, String gtin, String description, String unit, String lifecycle) {
        return jdbc.queryForObject("INSERT INTO erp.to_hub_product (material_number, gtin, description, base_unit,"
                + " lifecycle_status, launch_date) VALUES (?, ?, ?, ?, ?, DATE '2027-03-01') RETURNING id", Long.class,
                material, gtin, description, unit, lifecycle);
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT status, error, claimed_by FROM erp.to_hub_product WHERE id = ?", id);
    }

    private void awaitProcessed(long id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> List.of("DONE", "FAILED").contains(row(id).get("status")));
    }

    @Test
    void aNewErpProductBecomesACanonicalProductFoundByItsGtin() {
        long id = product("MAT-100", "4006381333931", "Chocolate bar 100 g", "PCE", "ACTIVE");

        awaitProcessed(id);

        assertThat(row(id).get("status")).isEqualTo("DONE");
        String canonical = jdbc.queryForObject("SELECT canonical_code FROM xref_mapping WHERE domain = 'product'"
                + " AND system = 'erp' AND external_code = 'MAT-100'", String.class);
        assertThat(canonical).startsWith("PRD-");
        List<Map<String, Object>> found = http.withBasicAuth("operator", "operator-test-password")
                .getForObject("/api/messages?key=gtin:4006381333931", List.class);
        assertThat(found).singleElement().satisfies(message -> {
            assertThat(message).containsEntry("source_system", "erp").containsEntry("message_type", "Product")
                    .containsEntry("status", "ACCEPTED").containsEntry("entity_key", "product:" + canonical);
            assertThat((String) message.get("canonical")).contains("\"unit\": \"H87\"").contains("\"gtin\": \"4006381333931\"");
            assertThat((List<Map<String, Object>>) message.get("hops")).extracting(h -> h.get("step"))
                    .containsExactly("RECEIVED", "QUEUED");
        });
    }

    @Test
    void rowsLeftClaimedByAStoppedRunOfThisMachineAreTakenAtOnceThoseOfAnotherMachineWaitForTheirLease() {
        String machine = hubInstance.id().substring(0, hubInstance.id().indexOf('/')).replaceFirst("^\\d+", "");
        // A pid above Linux's pid_max: that process has certainly ended. Its claim would hold for ten more minutes.
        long left = claimed("MAT-700", "4006381333979", "999999999" + machine + "/run-before-the-crash");
        long elsewhere = claimed("MAT-701", "4006381333986", "4242@another-machine/its-own-run");

        leftClaims.takeOver();

        awaitProcessed(left);
        assertThat(row(left)).containsEntry("status", "DONE");
        assertThat(row(elsewhere)).containsEntry("status", "CLAIMED").containsEntry("claimed_by", "4242@another-machine/its-own-run");
    }

    private long claimed(String material, String gtin, String holder) {
        return jdbc.queryForObject("INSERT INTO erp.to_hub_product (material_number, gtin, description, base_unit, status,"
                + " claimed_by, lease_until) VALUES (?, ?, 'Left behind', 'PCE', 'CLAIMED', ?, now() + interval '10 minutes')"
                + " RETURNING id", Long.class, material, gtin, holder);
    }

    @Test
    void anUnreadableRowIsFailedWithItsReasonAndStaysFindable() {
        long bogus = product("MAT-200", "4006381333948", "Biscuit", "PCE", "BOGUS");
        long good = product("MAT-203", "4006381333962", "Honey", "PCE", "ACTIVE");
        long unknownUnit = product("MAT-201", null, "Syrup", "GALLON", "ACTIVE");
        long badGtin = product("MAT-202", "4006381333932", "Tea", "PCE", "ACTIVE");

        awaitProcessed(bogus);
        awaitProcessed(good);
        awaitProcessed(unknownUnit);
        awaitProcessed(badGtin);

        // Claimed in one batch with the bad rows, the good one goes through on its own.
        assertThat(row(good)).containsEntry("status", "DONE");

        assertThat(row(bogus)).containsEntry("status", "FAILED").containsEntry("error",
                "to_hub_product row " + bogus + ": lifecycle_status 'BOGUS' is not one of PLANNED, ACTIVE, PHASING_OUT, WITHDRAWN");
        assertThat(row(unknownUnit)).containsEntry("status", "FAILED").containsEntry("error",
                "no unit-of-measure mapping for erp code 'GALLON': rejected (policy for unit-of-measure/erp is reject)");
        assertThat((String) row(badGtin).get("error")).contains("gtin = \"4006381333932\"").contains("check digit");
        assertThat(jdbc.queryForObject("SELECT status FROM hub_message WHERE source_change_id = ?", String.class,
                "to_hub_product:" + bogus)).isEqualTo("REJECTED");
    }

    @Test
    void theSameChangeDeliveredTwiceIsAppliedOnce() {
        long id = product("MAT-300", "4006381333955", "Coffee 250 g", "PCE", "ACTIVE");
        awaitProcessed(id);

        // The ERP (or an operator) puts the same row back in line.
        jdbc.update("UPDATE erp.to_hub_product SET status = 'NEW' WHERE id = ?", id);
        awaitProcessed(id);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM hub_message WHERE source_change_id = ?", Integer.class,
                "to_hub_product:" + id)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT step FROM hub_message_hop h JOIN hub_message m ON m.id = h.message_id"
                + " WHERE m.source_change_id = ? ORDER BY h.id", String.class, "to_hub_product:" + id))
                .containsExactly("RECEIVED", "QUEUED", "DUPLICATE");
    }

    @Test
    void anErpCustomerSeenBeforeTheCrmPublishedItWaitsAndGoesThroughOnceLinkedAndItsSegmentMapped() {
        long id = jdbc.queryForObject("INSERT INTO erp.to_hub_customer (sold_to, name, gln, segment, street, postal_code,"
                + " city, country) VALUES ('4711', 'Retailer R', '5412345000013', 'Z01', 'Rue 1', '1000', 'Bruxelles', 'BE')"
                + " RETURNING id", Long.class);
        String changeId = "to_hub_customer:" + id;
        await().atMost(Duration.ofSeconds(10)).until(() -> "DONE".equals(jdbc.queryForObject(
                "SELECT status FROM erp.to_hub_customer WHERE id = ?", String.class, id)));
        // The CRM is the customers' system of record: until it publishes R, the ERP's sold-to waits.
        assertThat(messageStatus(changeId)).isEqualTo("PARKED");

        // The CRM publishes R with the same GLN: the waiting sold-to is linked, the row replayed...
        tables.createCanonical("customer", "CUS-R", "Retailer R", Map.of("gln", "5412345000013"),
                ChangeAuthor.rule("new master data from system of record crm"));
        await().atMost(Duration.ofSeconds(10)).until(() -> tables.cache()
                .canonicalOf("customer-segment", "erp", "Z01", LocalDate.now()) == null
                && jdbc.queryForObject("SELECT count(*) FROM xref_parked_message WHERE status = 'PARKED'"
                + " AND domain = 'customer-segment' AND external_code = 'Z01'", Integer.class) == 1);
        await().atMost(Duration.ofSeconds(2)).until(() ->
                "CUS-R".equals(tables.cache().canonicalOf("customer", "erp", "4711", LocalDate.now())));
        assertThat(messageStatus(changeId)).isEqualTo("PARKED");
        // What waits, and what the steward is shown, is the ERP's record: not the hub's claim on its row.
        String parked = jdbc.queryForObject("SELECT body FROM xref_parked_message WHERE status = 'PARKED'"
                + " AND domain = 'customer-segment' AND external_code = 'Z01'", String.class);
        String sample = jdbc.queryForObject("SELECT sample_message FROM xref_unmapped"
                + " WHERE domain = 'customer-segment' AND external_code = 'Z01'", String.class);
        assertThat(List.of(parked, sample)).allSatisfy(kept -> assertThat(kept).contains("4711", "Retailer R")
                .doesNotContain("claimed_by", "lease_until", "CLAIMED"));

        // ...and now waits for its segment, until a steward maps it.
        tables.createCanonical("customer-segment", "KEY", "Key accounts", Map.of(), ChangeAuthor.steward("s", "t"));
        tables.create(new Mapping(null, "customer-segment", "erp", "Z01", "KEY", true, null, null),
                ChangeAuthor.steward("sophie", "ERP customer group Z01 = key accounts"));

        await().atMost(Duration.ofSeconds(10)).until(() -> "ACCEPTED".equals(messageStatus(changeId)));
        assertThat(jdbc.queryForObject("SELECT canonical::text FROM hub_message WHERE source_change_id = ?", String.class,
                changeId)).contains("\"id\": \"CUS-R\"").contains("\"segment\": \"KEY\"");
    }

    private String messageStatus(String changeId) {
        return jdbc.queryForObject("SELECT status FROM hub_message WHERE source_change_id = ?", String.class, changeId);
    }

    @Test
    void aCustomerFromTheCrmReachesAnErpRowInTheErpsCodes() {
        tables.createCanonical("customer-segment", "SME", "Mid-size accounts", Map.of(), ChangeAuthor.steward("s", "t"));
        tables.create(new Mapping(null, "customer-segment", "erp", "Z02", "SME", true, null, null),
                ChangeAuthor.steward("s", "t"));
        Customer customer = new Customer("CUS-900001", "Épicerie Fine SARL", "4012345000009", "FR12345678901",
                List.of(new Address(AddressKind.BILLING, List.of("12 rue des Halles"), "75001", "Paris", "FR")),
                "SME", ServiceClass.COMMITTED_VOLUME);

        HubIngress.Receipt receipt = ingress.accept(new InboundChange("crm", "evt-1", "Customer", "customer:CUS-900001",
                List.of("gln:4012345000009"), customer));

        assertThat(receipt.subscribers()).containsExactly("erp");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                jdbc.queryForObject("SELECT count(*) FROM erp.from_hub_customer", Integer.class) == 1);
        assertThat(jdbc.queryForMap("SELECT canonical_id, sold_to, name, gln, segment, service_class, city, country"
                + " FROM erp.from_hub_customer")).containsEntry("canonical_id", "CUS-900001")
                .containsEntry("sold_to", null).containsEntry("segment", "Z02").containsEntry("name", "Épicerie Fine SARL")
                .containsEntry("service_class", "COMMITTED_VOLUME").containsEntry("city", "Paris");
        await().atMost(Duration.ofSeconds(5)).until(() -> "DELIVERED".equals(jdbc.queryForObject(
                "SELECT status FROM hub_delivery WHERE message_id = ?", String.class, receipt.messageId())));
    }
}
