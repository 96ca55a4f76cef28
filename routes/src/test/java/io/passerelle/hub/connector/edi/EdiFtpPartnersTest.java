package io.passerelle.hub.connector.edi;

import static io.passerelle.hub.connector.edi.PartnerOrders.GTIN_A;
import static io.passerelle.hub.connector.edi.PartnerOrders.GTIN_B;
import static io.passerelle.hub.connector.edi.PartnerOrders.HUB_GLN;
import static io.passerelle.hub.connector.edi.PartnerOrders.interchange;
import static io.passerelle.hub.connector.edi.PartnerOrders.orders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.passerelle.hub.testing.DemoErp;
import io.passerelle.hub.testing.HubTest;
import io.passerelle.mappings.xref.ChangeAuthor;
import io.passerelle.mappings.xref.ConversionTables;
import io.passerelle.mappings.xref.Mapping;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Partners whose channel is FTP, against real FTP servers in this JVM (Apache FtpServer) and the real
 * PostgreSQL: retailer S over FTPS (explicit TLS, its certificate verified), retailer F over plain FTP. Each
 * drops an ORDERS; its order lands in the ERP's interface table and its folder receives a CONTRL, written as
 * NAME.part and renamed; the file read is moved to .archive on the partner's server. Over the hub's real HTTP
 * API, each partner's user then sees its own interchanges and nothing of the other's.
 */
@HubTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EdiFtpPartnersTest {

    static final String SECURE_GLN = "5412345000037";
    static final String PLAIN_GLN = "5412345000020";
    static final String OPERATOR_PASSWORD = "operator-test-password";
    static final String SECURE_USER_PASSWORD = "partner-s-test-password";
    static final String PLAIN_USER_PASSWORD = "partner-f-test-password";

    @TempDir
    static Path folders;

    static PartnerFtpServer secureServer;
    static PartnerFtpServer plainServer;

    @DynamicPropertySource
    static void systems(DynamicPropertyRegistry properties) {
        DemoErp.declare(properties, "Order");
        secureServer = new PartnerFtpServer(folders.resolve("retailer-s"), true).start();
        plainServer = new PartnerFtpServer(folders.resolve("retailer-f"), false).start();
        partner(properties, "retailer-s", secureServer, SECURE_GLN);
        properties.add("passerelle.systems.retailer-s.ftp.tls", () -> "explicit");
        properties.add("passerelle.systems.retailer-s.ftp.trust-store", () -> secureServer.trustStore().toString());
        properties.add("passerelle.systems.retailer-s.ftp.trust-store-password", () -> PartnerFtpServer.TRUST_STORE_PASSWORD);
        partner(properties, "retailer-f", plainServer, PLAIN_GLN);
        properties.add("passerelle.systems.retailer-f.ftp.tls", () -> "none");
        properties.add("passerelle.edi.archive-directory", () -> folders.resolve("archive").toString());
        properties.add("passerelle.delivery.poll-interval", () -> "100ms");
        // This test's users replace the shared test users: an operator and one user per partner.
        user(properties, 0, "operator", OPERATOR_PASSWORD, "operator", null);
        user(properties, 1, "partner-s", SECURE_USER_PASSWORD, "partner", "retailer-s");
        user(properties, 2, "partner-f", PLAIN_USER_PASSWORD, "partner", "retailer-f");
    }

    private static void user(DynamicPropertyRegistry properties, int index, String name, String password, String role,
                             String partner) {
        String u = "passerelle.security.users[" + index + "].";
        properties.add(u + "name", () -> name);
        properties.add(u + "password", () -> password);
        properties.add(u + "roles[0]", () -> role);
        if (partner != null) {
            properties.add(u + "partner", () -> partner);
        }
    }

    private static void partner(DynamicPropertyRegistry properties, String name, PartnerFtpServer server, String gln) {
        String p = "passerelle.systems." + name + ".";
        properties.add(p + "type", () -> "edi-partner");
        properties.add(p + "poll-interval", () -> "200ms");
        properties.add(p + "ftp.host", () -> "127.0.0.1");
        properties.add(p + "ftp.port", server::port);
        properties.add(p + "ftp.username", () -> PartnerFtpServer.USER);
        properties.add(p + "ftp.password", () -> PartnerFtpServer.PASSWORD);
        properties.add(p + "ftp.inbox", () -> "inbox");
        properties.add(p + "ftp.outbox", () -> "outbox");
        properties.add(p + "ftp.connect-timeout", () -> "2s");
        properties.add(p + "edi.gln", () -> gln);
        properties.add(p + "edi.our-gln", () -> HUB_GLN);
        properties.add(p + "edi.standard", () -> "EDIFACT");
        properties.add(p + "edi.version", () -> "D96A");
        properties.add(p + "edi.default-currency", () -> "EUR");
    }

    @AfterAll
    static void stop() {
        secureServer.stop();
        plainServer.stop();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConversionTables tables;

    @Autowired
    TestRestTemplate http;

    @Test
    @Order(1)
    void ordersDroppedOverFtpsAndFtpReachTheErpAndEachPartnerGetsItsContrl() throws Exception {
        jdbc.update("INSERT INTO erp.to_hub_product (material_number, gtin, description, base_unit) VALUES"
                + " ('MAT-A', '" + GTIN_A + "', 'Produit A', 'PCE'), ('MAT-B', '" + GTIN_B + "', 'Produit B', 'PCE')");
        ChangeAuthor steward = ChangeAuthor.steward("sophie", "FTP retailers");
        tables.createCanonical("customer", "CUST-S", "Retailer S", Map.of("gln", SECURE_GLN), steward);
        tables.create(new Mapping(null, "customer", "erp", "100S", "CUST-S", true, null, null), steward);
        tables.createCanonical("customer", "CUST-F", "Retailer F", Map.of("gln", PLAIN_GLN), steward);
        tables.create(new Mapping(null, "customer", "erp", "100F", "CUST-F", true, null, null), steward);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM xref_mapping WHERE domain = 'product' AND system = 'erp'", Integer.class) == 2);

        drop(secureServer, "ORDERS_S1.edi", interchange("2001", SECURE_GLN, orders("1", "PO-S-1", SECURE_GLN)));
        drop(plainServer, "ORDERS_F1.edi", interchange("3001", PLAIN_GLN, orders("1", "PO-F-1", PLAIN_GLN)));

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM erp.from_hub_order_line", Integer.class) == 4);
        assertThat(jdbc.queryForList("SELECT customer_order_number, line_number, sold_to, material_number"
                + " FROM erp.from_hub_order_line ORDER BY customer_order_number, line_number"))
                .extracting(row -> row.get("customer_order_number") + " " + row.get("line_number") + " "
                        + row.get("sold_to") + " " + row.get("material_number"))
                .containsExactly("PO-F-1 1 100F MAT-A", "PO-F-1 2 100F MAT-B", "PO-S-1 1 100S MAT-A", "PO-S-1 2 100S MAT-B");

        String secureContrl = Files.readString(awaitFile(secureServer, "CONTRL_"), StandardCharsets.ISO_8859_1);
        assertThat(secureContrl).contains("CONTRL:D:3:UN", "UCI+2001+" + SECURE_GLN + ":14+" + HUB_GLN + ":14+7");
        String plainContrl = Files.readString(awaitFile(plainServer, "CONTRL_"), StandardCharsets.ISO_8859_1);
        assertThat(plainContrl).contains("CONTRL:D:3:UN", "UCI+3001+" + PLAIN_GLN + ":14+" + HUB_GLN + ":14+7");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(secureServer.inbox().resolve(".archive/ORDERS_S1.edi"))
                && Files.exists(plainServer.inbox().resolve(".archive/ORDERS_F1.edi")));
        assertThat(jdbc.queryForList("SELECT partner, status, control_number FROM edi_interchange WHERE direction = 'IN'"
                + " ORDER BY partner"))
                .extracting(row -> row.get("partner") + " " + row.get("status") + " " + row.get("control_number"))
                .containsExactly("retailer-f PROCESSED 3001", "retailer-s PROCESSED 2001");

        // FTPS: TLS asked for before the user signs in, the data connections protected, every command encrypted;
        // the CONTRL written as NAME.part, then renamed.
        List<PartnerFtpServer.Command> secure = secureServer.commands();
        assertThat(secure.get(0)).isEqualTo(new PartnerFtpServer.Command("AUTH", "TLS", false));
        assertThat(secure).filteredOn(c -> !c.name().equals("AUTH")).allMatch(PartnerFtpServer.Command::secure);
        assertThat(secure).contains(new PartnerFtpServer.Command("PROT", "P", true));
        assertThat(secure).extracting(c -> c.name() + " " + c.argument()).containsSubsequence(
                "STOR outbox/CONTRL_" + HUB_GLN + "_1.edi.part", "RNFR outbox/CONTRL_" + HUB_GLN + "_1.edi.part",
                "RNTO outbox/CONTRL_" + HUB_GLN + "_1.edi");
        // Plain FTP: what the start-up warning is about — the password went in clear.
        assertThat(plainServer.commands()).filteredOn(c -> c.name().equals("PASS")).isNotEmpty()
                .noneMatch(PartnerFtpServer.Command::secure);
        assertThat(plainServer.commands()).extracting(c -> c.name() + " " + c.argument()).containsSubsequence(
                "STOR outbox/CONTRL_" + HUB_GLN + "_1.edi.part", "RNTO outbox/CONTRL_" + HUB_GLN + "_1.edi");
    }

    @Test
    @Order(2)
    void eachPartnersUserSeesItsOwnInterchangesOnlyAndCannotReprocess() throws Exception {
        Map<String, Long> inbound = new HashMap<>();
        jdbc.queryForList("SELECT partner, id FROM edi_interchange WHERE direction = 'IN'")
                .forEach(row -> inbound.put((String) row.get("partner"), ((Number) row.get("id")).longValue()));
        TestRestTemplate secureUser = http.withBasicAuth("partner-s", SECURE_USER_PASSWORD);
        TestRestTemplate plainUser = http.withBasicAuth("partner-f", PLAIN_USER_PASSWORD);

        // Its ORDERS in, its CONTRL out: retailer S's own, nothing of F's.
        JsonNode seenByS = json(secureUser.getForEntity("/api/edi/interchanges", String.class));
        assertThat(seenByS).extracting(row -> row.get("partner").asText() + " " + row.get("direction").asText()
                + " " + row.get("file_name").asText())
                .containsExactlyInAnyOrder("retailer-s IN ORDERS_S1.edi", "retailer-s OUT CONTRL_" + HUB_GLN + "_1.edi");
        JsonNode seenByF = json(plainUser.getForEntity("/api/edi/interchanges?direction=IN", String.class));
        assertThat(seenByF).extracting(row -> row.get("partner").asText()).containsExactly("retailer-f");

        JsonNode own = json(secureUser.getForEntity("/api/edi/interchanges/" + inbound.get("retailer-s"), String.class));
        assertThat(own.get("status").asText()).isEqualTo("PROCESSED");
        assertThat(own.get("report").asText()).contains("ORDERS", "PO-S-1");
        assertThat(own.has("archived_as")).as("the hub's archive path is not shown to a partner").isFalse();

        // The other partner's interchange does not exist for S; asking for F's list is refused; reprocessing is
        // the operators' job.
        assertThat(secureUser.getForEntity("/api/edi/interchanges/" + inbound.get("retailer-f"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(secureUser.getForEntity("/api/edi/interchanges?partner=retailer-f", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(secureUser.postForEntity("/api/edi/interchanges/" + inbound.get("retailer-s") + "/reprocess", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(plainUser.getForEntity("/api/edi/interchanges/" + inbound.get("retailer-s"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // Nor do other APIs open up to a partner.
        assertThat(secureUser.getForEntity("/api/messages?key=order:PO-S-1", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // The operator sees both partners, with the archive path, and can reprocess.
        JsonNode seenByOperator = json(http.withBasicAuth("operator", OPERATOR_PASSWORD)
                .getForEntity("/api/edi/interchanges?direction=IN", String.class));
        assertThat(seenByOperator).extracting(row -> row.get("partner").asText())
                .containsExactlyInAnyOrder("retailer-s", "retailer-f");
        assertThat(json(http.withBasicAuth("operator", OPERATOR_PASSWORD)
                .getForEntity("/api/edi/interchanges/" + inbound.get("retailer-f"), String.class)).has("archived_as")).isTrue();
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new ObjectMapper().readTree(response.getBody());
    }

    /** Written beside, then renamed, as a partner's FTP client does. */
    private static void drop(PartnerFtpServer server, String name, String content) throws Exception {
        Path part = server.inbox().resolve(name + ".part");
        Files.writeString(part, content, StandardCharsets.ISO_8859_1);
        Files.move(part, server.inbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<Path> files(PartnerFtpServer server, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(server.outbox())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && !f.getFileName().toString().endsWith(".part")).sorted().toList();
        }
    }

    private static Path awaitFile(PartnerFtpServer server, String prefix) throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> !files(server, prefix).isEmpty());
        return files(server, prefix).get(0);
    }
}
