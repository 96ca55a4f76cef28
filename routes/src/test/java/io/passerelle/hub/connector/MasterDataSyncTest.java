package io.passerelle.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Master data across both value chains, end to end on real servers: the ERP's interface tables on the
 * real PostgreSQL, a CRM stand-in over HTTP, a WMS on an in-process SFTP server — all three declared as
 * an IT team would, with the shipped conversion-table policies and seeds.
 */
@HubTest
class MasterDataSyncTest {

    static final String SECRET = "e2e-webhook-secret";
    static final CrmStandIn CRM = CrmStandIn.start();

    @TempDir
    static Path folders;

    static WmsSftpServer wms;

    @DynamicPropertySource
    static void systems(DynamicPropertyRegistry properties) {
        DemoErp.declare(properties, "Customer");
        properties.add("passerelle.systems.crm.type", () -> "crm-rest");
        properties.add("passerelle.systems.crm.receives[0]", () -> "Product");
        properties.add("passerelle.systems.crm.rest.base-url", CRM::baseUrl);
        properties.add("passerelle.systems.crm.rest.token", () -> "e2e-token");
        properties.add("passerelle.systems.crm.rest.webhook-secret", () -> SECRET);
        wms = new WmsSftpServer(folders.resolve("wms")).start();
        WmsSftpConnectorTest.system(properties, "wms", wms, wms.knownHosts(), "rename", "Product");
        WmsSftpConnectorTest.itemMaster(properties, "wms");
        properties.add("passerelle.delivery.poll-interval", () -> "100ms");
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

    @Test
    void anErpProductReachesTheCrmAndAWmsFileInTheirOwnCodes() throws Exception {
        // The CRM's picklist value for pieces (the seed tables carry no CRM units: each CRM has its own).
        tables.create(new Mapping(null, "unit-of-measure", "crm", "Each", "H87", true, null, null),
                ChangeAuthor.steward("sophie", "Salesforce QuantityUnitOfMeasure picklist"));
        CRM.answerOtherwise(CrmStandIn.Answer.of(201, "{\"id\":\"01t5g00000AbCdEAAV\",\"success\":true,\"errors\":[],\"created\":true}"));

        jdbc.update("INSERT INTO erp.to_hub_product (material_number, gtin, description, base_unit, lifecycle_status,"
                + " launch_date) VALUES ('MAT-4711', '4006381333931', 'Chocolat noir 70 %', 'PCE', 'PLANNED', DATE '2027-03-01')");

        await().atMost(Duration.ofSeconds(20)).until(() -> !CRM.requests().isEmpty() && itemFiles().size() == 1);
        String canonical = jdbc.queryForObject("SELECT canonical_code FROM xref_mapping WHERE domain = 'product'"
                + " AND system = 'erp' AND external_code = 'MAT-4711'", String.class);

        CrmStandIn.Request upsert = CRM.requests().get(0);
        assertThat(upsert.method()).isEqualTo("PATCH");
        assertThat(upsert.path()).isEqualTo("/services/data/v61.0/sobjects/Product2/Passerelle_Id__c/" + canonical);
        JsonNode body = new ObjectMapper().readTree(upsert.body());
        assertThat(body.get("GTIN__c").asText()).isEqualTo("4006381333931");
        assertThat(body.get("Launch_Date__c").asText()).isEqualTo("2027-03-01");
        assertThat(body.get("Lifecycle_Status__c").asText()).isEqualTo("PLANNED");
        assertThat(body.get("QuantityUnitOfMeasure").asText()).isEqualTo("Each");

        // The WMS gets the item in its own unit code (H87 -> PC, config/seed), under the product's canonical
        // id as its item code until it has one of its own (config/conversion-tables.yml).
        String file = Files.readString(itemFiles().get(0), StandardCharsets.UTF_8);
        assertThat(file).isEqualTo("item;gtin;description;unit\n" + canonical + ";4006381333931;Chocolat noir 70 %;PC\n");

        // The CRM's id for the product, returned on create, is learned for reverse lookups.
        await().atMost(Duration.ofSeconds(5)).until(() -> "01t5g00000AbCdEAAV".equals(jdbc.queryForObject(
                "SELECT max(external_code) FROM xref_mapping WHERE domain = 'product' AND system = 'crm'", String.class)));
        List<Map<String, Object>> deliveries = jdbc.queryForList("SELECT subscriber, status FROM hub_delivery WHERE message_type = 'Product' ORDER BY subscriber");
        assertThat(deliveries).containsExactly(Map.of("subscriber", "crm", "status", "DELIVERED"),
                Map.of("subscriber", "wms", "status", "DELIVERED"));
    }

    @Test
    void aCustomerCreatedInTheCrmReachesAnErpRowInTheErpsCodes() throws Exception {
        tables.createCanonical("customer-segment", "KEY", "Key accounts", Map.of(), ChangeAuthor.steward("s", "t"));
        tables.create(new Mapping(null, "customer-segment", "crm", "Key Account", "KEY", true, null, null),
                ChangeAuthor.steward("sophie", "CRM picklist value"));
        tables.create(new Mapping(null, "customer-segment", "erp", "Z01", "KEY", true, null, null),
                ChangeAuthor.steward("sophie", "ERP customer group"));
        String event = """
                {"schema":"IeRuaY6cbI_HsV8Rv1Mc5g","payload":{"ChangeEventHeader":{"entityName":"Account",
                "recordIds":["0015g00000R1tLrAAJ"],"changeType":"CREATE","changeOrigin":"com/salesforce/api/rest/61.0",
                "transactionKey":"00b4a3e2-1c1e-4d7a-9f43-2f1b1e7c0a11","sequenceNumber":1,"commitTimestamp":1795600000000,
                "commitNumber":11802993,"commitUser":"0055g00000AbCdE"},
                "Name":"Retailer R","GLN__c":"5412345000013","VAT_Number__c":"BE0123456749",
                "Segment__c":"Key Account","Service_Class__c":"KEY_ACCOUNT",
                "BillingAddress":{"Street":"Chaussée de Louvain 431","City":"Bruxelles","PostalCode":"1030","CountryCode":"BE"}},
                "event":{"replayId":18}}""";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add("X-Passerelle-Signature", "sha256=" + hmac(event));

        assertThat(http.postForEntity("/api/connectors/crm/webhook", new HttpEntity<>(event, headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.queryForObject("SELECT count(*) FROM erp.from_hub_customer", Integer.class) == 1);
        assertThat(jdbc.queryForMap("SELECT name, gln, vat_number, segment, service_class, city, country, sold_to"
                + " FROM erp.from_hub_customer")).containsEntry("name", "Retailer R")
                .containsEntry("gln", "5412345000013").containsEntry("segment", "Z01")
                .containsEntry("service_class", "KEY_ACCOUNT").containsEntry("city", "Bruxelles")
                .containsEntry("sold_to", null);
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Path> itemFiles() throws Exception {
        try (Stream<Path> files = Files.list(wms.outbox())) {
            return files.filter(f -> f.getFileName().toString().matches("ITEMS_.*\\.csv")).toList();
        }
    }
}
