package io.passerelle.hub.connector.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.passerelle.hub.connector.wms.WmsSftpServer;
import io.passerelle.hub.system.HubInstance;
import io.passerelle.hub.testing.DemoErp;
import io.passerelle.hub.testing.HubTest;
import io.passerelle.mappings.edi.read.InterchangeReader;
import io.passerelle.mappings.edi.read.MessageOutcome;
import io.passerelle.mappings.edi.read.Received;
import io.passerelle.mappings.edi.read.ReceivedMessage;
import io.passerelle.mappings.xref.ChangeAuthor;
import io.passerelle.mappings.xref.ConversionTables;
import io.passerelle.mappings.xref.Mapping;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The EDI gateway end to end over a real SFTP server (Apache MINA SSHD, in this JVM) and the real
 * PostgreSQL: retailer R drops an EANCOM ORDERS, the order lands in the ERP's interface table, R's folder
 * receives a CONTRL; once the ERP confirms, an ORDRSP goes back; a line stoppage re-dates R's order with
 * another ORDRSP before the promised day; a duplicate interchange is refused and a bad message rejected alone.
 */
@HubTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EdiGatewayTest {

    static final String HUB_GLN = PartnerOrders.HUB_GLN;
    static final String RETAILER_GLN = "5412345000013";
    static final String GTIN_A = PartnerOrders.GTIN_A;
    static final String GTIN_B = PartnerOrders.GTIN_B;

    @TempDir
    static Path folders;

    static WmsSftpServer partnerServer;

    @DynamicPropertySource
    static void systems(DynamicPropertyRegistry properties) {
        DemoErp.declare(properties, "Order");
        partnerServer = new WmsSftpServer(folders.resolve("retailer-r")).start();
        String r = "passerelle.systems.retailer-r.";
        properties.add(r + "type", () -> "edi-partner");
        properties.add(r + "receives[0]", () -> "OrderResponse");
        properties.add(r + "poll-interval", () -> "200ms");
        properties.add(r + "sftp.host", () -> "127.0.0.1");
        properties.add(r + "sftp.port", partnerServer::port);
        properties.add(r + "sftp.username", () -> WmsSftpServer.USER);
        properties.add(r + "sftp.password", () -> WmsSftpServer.PASSWORD);
        properties.add(r + "sftp.known-hosts", () -> partnerServer.knownHosts().toString());
        properties.add(r + "sftp.inbox", () -> "inbox");
        properties.add(r + "sftp.outbox", () -> "outbox");
        properties.add(r + "sftp.connect-timeout", () -> "2s");
        properties.add(r + "edi.gln", () -> RETAILER_GLN);
        properties.add(r + "edi.our-gln", () -> HUB_GLN);
        properties.add(r + "edi.standard", () -> "EDIFACT");
        properties.add(r + "edi.version", () -> "D96A");
        properties.add(r + "edi.default-currency", () -> "EUR");
        properties.add("passerelle.edi.archive-directory", () -> folders.resolve("archive").toString());
        // Every interchange of more than one message is parsed in chunks: the bad message, the CONTRL and the
        // report below come out of that path.
        properties.add("passerelle.edi.chunk-messages", () -> "1");
        properties.add("passerelle.events.subscriptions[0].system", () -> "retailer-r");
        properties.add("passerelle.events.subscriptions[0].events[0]", () -> "LineStoppageDeclared");
        properties.add("passerelle.events.zone", () -> "UTC");
        properties.add("passerelle.delivery.poll-interval", () -> "100ms");
    }

    @AfterAll
    static void stop() {
        partnerServer.stop();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ConversionTables tables;

    @Autowired
    EdiPartners partners;

    @Autowired
    HubInstance instance;

    @Autowired
    EdiInterruptedReadings interruptedReadings;

    @Test
    @Order(1)
    void aPartnersOrderReachesTheErpTheContrlGoesBackAndTheErpsConfirmationBecomesAnOrdrsp() throws Exception {
        jdbc.update("INSERT INTO erp.to_hub_product (material_number, gtin, description, base_unit) VALUES"
                + " ('MAT-A', '" + GTIN_A + "', 'Produit A', 'PCE'), ('MAT-B', '" + GTIN_B + "', 'Produit B', 'PCE')");
        ChangeAuthor steward = ChangeAuthor.steward("sophie", "retailer R");
        tables.createCanonical("customer", "CUST-R", "Retailer R", Map.of("gln", RETAILER_GLN), steward);
        tables.create(new Mapping(null, "customer", "erp", "100R", "CUST-R", true, null, null), steward);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM xref_mapping WHERE domain = 'product' AND system = 'erp'", Integer.class) == 2);

        drop("ORDERS_0001.edi", interchange("1001", orders("1", "PO-R-778")));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM erp.from_hub_order_line", Integer.class) == 2);
        assertThat(jdbc.queryForList("SELECT customer_order_number, line_number, sold_to, material_number, quantity,"
                + " unit, requested_date::text AS requested FROM erp.from_hub_order_line ORDER BY line_number"))
                .extracting(row -> row.get("customer_order_number") + " " + row.get("line_number") + " "
                        + row.get("sold_to") + " " + row.get("material_number") + " "
                        + ((java.math.BigDecimal) row.get("quantity")).stripTrailingZeros().toPlainString() + " "
                        + row.get("unit") + " " + row.get("requested"))
                .containsExactly("PO-R-778 1 100R MAT-A 48 PCE 2026-11-30", "PO-R-778 2 100R MAT-B 12 KG 2026-12-04");

        // R's folder gets a positive CONTRL for interchange 1001; the file is archived on the server.
        Path contrl = awaitFile("CONTRL_");
        String acknowledgement = Files.readString(contrl, StandardCharsets.ISO_8859_1);
        assertThat(acknowledgement).contains("UNH+", "CONTRL:D:3:UN", "UCI+1001+" + RETAILER_GLN + ":14+" + HUB_GLN + ":14+7");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(partnerServer.inbox().resolve(".archive/ORDERS_0001.edi")));
        Map<String, Object> received = jdbc.queryForMap("SELECT status, messages, accepted, sender, control_number"
                + " FROM edi_interchange WHERE direction = 'IN'");
        assertThat(received).containsEntry("status", "PROCESSED").containsEntry("messages", 1)
                .containsEntry("control_number", "1001").containsEntry("sender", RETAILER_GLN);

        // The ERP confirms: line 1 as asked, line 2 a few days later. R gets ORDRSPs quoting its order number.
        jdbc.update("INSERT INTO erp.to_hub_order_line (order_number, line_number, customer_order_number, sold_to,"
                + " order_date, currency, material_number, quantity, unit, requested_date, promised_date, order_status)"
                + " VALUES ('SO-9001', 1, 'PO-R-778', '100R', DATE '2026-11-23', 'EUR', 'MAT-A', 48, 'PCE',"
                + "   DATE '2026-11-30', DATE '2026-11-30', 'ACCEPTED'),"
                + " ('SO-9001', 2, 'PO-R-778', '100R', DATE '2026-11-23', 'EUR', 'MAT-B', 12, 'KG',"
                + "   DATE '2026-12-04', DATE '2026-12-08', 'RESCHEDULED')");
        await().atMost(Duration.ofSeconds(20)).until(() -> ordrsp().contains("DTM+69:20261208:102"));
        String responses = ordrsp();
        assertThat(responses).contains("ORDRSP:D:96A:UN:EAN005'", "BGM+231+PO-R-778", "NAD+BY+" + RETAILER_GLN, GTIN_A, GTIN_B,
                "DTM+69:20261130:102");
        // What we wrote is read back by StAEDI against our schemas, without an error.
        for (Path file : files("ORDRSP_")) {
            assertThat(readBack(file)).as(file.getFileName().toString()).isNotEmpty()
                    .allMatch(MessageOutcome::syntaxAccepted);
        }
    }

    @Test
    @Order(2)
    void aLineStoppageSendsThePartnerAnOrdrspWithTheNewDateInItsCodes() throws Exception {
        jdbc.update("INSERT INTO erp.production_line_product (plant, line, material_number, lead_time_days)"
                + " VALUES ('P1', 'L2', 'MAT-A', 2)");
        int before = files("ORDRSP_").size();
        jdbc.update("INSERT INTO erp.to_hub_line_stoppage (stoppage_id, plant, line, starts_at, ends_at, reason)"
                + " VALUES ('STOP-2026-0042', 'P1', 'L2', TIMESTAMPTZ '2026-11-27 06:00:00+00',"
                + " TIMESTAMPTZ '2026-12-01 06:00:00+00', 'maintenance')");
        await().atMost(Duration.ofSeconds(20)).until(() -> files("ORDRSP_").size() == before + 1);
        String response = Files.readString(files("ORDRSP_").get(before), StandardCharsets.ISO_8859_1);
        // Only line 1 (product A, promised on 30 November, inside the window) moves: to 1 December + 2 days.
        assertThat(response).contains("BGM+231+PO-R-778", "LIN+1+3+" + GTIN_A, "PIA+1+MAT-A:SA", "DTM+69:20261203:102")
                .doesNotContain(GTIN_B);
    }

    @Test
    @Order(3)
    void aDuplicateInterchangeIsRefusedAndABadMessageIsRejectedAloneWithANegativeContrl() throws Exception {
        int orderLines = jdbc.queryForObject("SELECT count(*) FROM erp.from_hub_order_line", Integer.class);
        drop("ORDERS_0001_again.edi", interchange("1001", orders("1", "PO-R-778")));
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(partnerServer.inbox().resolve(".error/ORDERS_0001_again.edi")));
        assertThat(jdbc.queryForMap("SELECT status, report FROM edi_interchange WHERE file_name = 'ORDERS_0001_again.edi'"))
                .containsEntry("status", "DUPLICATE")
                .satisfies(row -> assertThat((String) row.get("report")).contains("interchange 1001", "already received"));

        // Interchange 1002: message 2 has no BGM (mandatory); messages 1 and 3 go through.
        List<String> messages = new ArrayList<>(List.of(orders("1", "PO-R-801"), orders("2", "PO-R-802")
                .replaceFirst("BGM\\+220\\+PO-R-802\\+9'\n", ""), orders("3", "PO-R-803")));
        int contrls = files("CONTRL_").size();
        drop("ORDERS_0002.edi", interchange("1002", messages.toArray(String[]::new)));
        await().atMost(Duration.ofSeconds(20)).until(() -> files("CONTRL_").size() == contrls + 1);
        String negative = Files.readString(files("CONTRL_").get(contrls), StandardCharsets.ISO_8859_1);
        // UCI action 7: the interchange and what is not explicitly rejected is acknowledged; UCM action 4: message 2
        // is rejected, with the segment in error.
        assertThat(negative).contains("UCI+1002+" + RETAILER_GLN + ":14+" + HUB_GLN + ":14+7", "UCM+2+ORDERS:D:96A:UN:EAN008+4")
                .doesNotContain("UCM+1+").doesNotContain("UCM+3+");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM erp.from_hub_order_line", Integer.class) == orderLines + 4);
        Map<String, Object> partly = jdbc.queryForMap("SELECT id, status, accepted, rejected, report FROM edi_interchange"
                + " WHERE file_name = 'ORDERS_0002.edi'");
        assertThat(partly).containsEntry("status", "PARTLY_REJECTED").containsEntry("accepted", 2).containsEntry("rejected", 1);
        assertThat((String) partly.get("report")).contains("interchange 1002", "message 2", "BGM", "parsed in chunks");

        JsonNode listed = new ObjectMapper().readTree(http.withBasicAuth("operator", "operator-test-password")
                .getForObject("/api/edi/interchanges?partner=retailer-r&direction=IN", String.class));
        assertThat(listed).hasSize(3);
    }

    @Test
    @Order(4)
    void aFileWhoseReadingAStopCutShortIsMarkedInterruptedAtTheNextStart() {
        // Every file read so far names this instance as its reader.
        assertThat(jdbc.queryForList("SELECT DISTINCT read_by FROM edi_interchange WHERE direction = 'IN'", String.class))
                .containsExactly(instance.id());
        String machine = instance.id().substring(instance.id().indexOf('@'), instance.id().indexOf('/'));
        String crashed = "999999999" + machine + "/crashed-run";
        String alive = ProcessHandle.current().parent().orElseThrow().pid() + machine + "/another-run";
        long cut = jdbc.queryForObject("INSERT INTO edi_interchange (partner, direction, file_name, status, read_by)"
                + " VALUES ('retailer-r', 'IN', 'ORDERS_cut.edi', 'RECEIVED', ?) RETURNING id", Long.class, crashed);
        long reading = jdbc.queryForObject("INSERT INTO edi_interchange (partner, direction, file_name, status, read_by)"
                + " VALUES ('retailer-r', 'IN', 'ORDERS_reading.edi', 'RECEIVED', ?) RETURNING id", Long.class, alive);

        interruptedReadings.markInterrupted(); // as at the next start

        assertThat(jdbc.queryForMap("SELECT status, report FROM edi_interchange WHERE id = ?", cut))
                .containsEntry("status", "INTERRUPTED")
                .satisfies(row -> assertThat((String) row.get("report")).contains(crashed, "read again"));
        assertThat(jdbc.queryForObject("SELECT status FROM edi_interchange WHERE id = ?", String.class, reading))
                .as("another instance, alive, may be reading it").isEqualTo("RECEIVED");
        jdbc.update("DELETE FROM edi_interchange WHERE id = ?", reading);
    }

    @Test
    @Order(5)
    void theReportOfALargeInterchangeListsTheFirstMessagesAndCountsTheRest() throws Exception {
        String[] messages = new String[120];
        for (int i = 0; i < messages.length; i++) {
            messages[i] = orders(String.valueOf(i + 1), "PO-R-9" + String.format("%03d", i + 1));
        }
        drop("ORDERS_0003.edi", interchange("1003", messages));
        await().atMost(Duration.ofSeconds(30)).until(() -> "PROCESSED".equals(jdbc.queryForList(
                "SELECT status FROM edi_interchange WHERE file_name = 'ORDERS_0003.edi'", String.class)
                .stream().findFirst().orElse(null)));
        Map<String, Object> row = jdbc.queryForMap("SELECT accepted, report FROM edi_interchange"
                + " WHERE file_name = 'ORDERS_0003.edi'");
        String report = (String) row.get("report");
        assertThat(row.get("accepted")).isEqualTo(120);
        assertThat(report.lines().filter(line -> line.contains(": Order PO-R-9"))).hasSize(100);
        assertThat(report).contains("120 message(s): 120 accepted", "... and 20 more accepted message(s), not listed");
    }

    private static String orders(String reference, String orderNumber) {
        return PartnerOrders.orders(reference, orderNumber, RETAILER_GLN);
    }

    private static String interchange(String control, String... messages) {
        return PartnerOrders.interchange(control, RETAILER_GLN, messages);
    }

    /** Written beside, then renamed, as a partner's SFTP client does. */
    private static void drop(String name, String content) throws Exception {
        Path part = partnerServer.inbox().resolve(name + ".part");
        Files.writeString(part, content, StandardCharsets.ISO_8859_1);
        Files.move(part, partnerServer.inbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<Path> files(String prefix) throws Exception {
        try (Stream<Path> files = Files.list(partnerServer.outbox())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && !f.getFileName().toString().endsWith(".part")).sorted().toList();
        }
    }

    private static Path awaitFile(String prefix) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !files(prefix).isEmpty());
        try {
            return files(prefix).get(0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ordrsp() throws Exception {
        StringBuilder all = new StringBuilder();
        for (Path file : files("ORDRSP_")) {
            all.append(Files.readString(file, StandardCharsets.ISO_8859_1));
        }
        return all.toString();
    }

    private List<MessageOutcome> readBack(Path file) throws Exception {
        List<MessageOutcome> outcomes = new ArrayList<>();
        try (InterchangeReader reader = partners.reader("retailer-r").read(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            while (reader.hasNext()) {
                Received received = reader.next();
                if (received instanceof ReceivedMessage message) {
                    outcomes.add(message.outcome());
                }
            }
        }
        return outcomes;
    }
}
