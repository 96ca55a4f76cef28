package io.passerelle.hub.connector.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.passerelle.canonical.Product;
import io.passerelle.canonical.ProductLifecycle;
import io.passerelle.canonical.ProductStatus;
import io.passerelle.canonical.validation.Gs1CheckDigit;
import io.passerelle.hub.ingress.HubIngress;
import io.passerelle.hub.ingress.InboundChange;
import io.passerelle.hub.testing.HubTest;
import io.passerelle.mappings.wms.WmsCodes;
import io.passerelle.mappings.xref.ChangeAuthor;
import io.passerelle.mappings.xref.ConversionTables;
import io.passerelle.mappings.xref.Mapping;
import io.passerelle.mappings.xref.XrefRefusal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The WMS connector against real SFTP servers in the test JVM, with the whole hub on a real PostgreSQL.
 * Five WMS systems are declared: "wms" (rename convention, CSV, receives Product), "depot" (done files,
 * fixed width), "late" (its server starts only after the hub), "rogue" (presents another host key than
 * the one known) and "offline" (receives Product, its server never starts).
 */
@HubTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public class WmsSftpConnectorTest {

    static final Duration PATIENCE = Duration.ofSeconds(15);
    static final String STOCK_HEADER = "item;gtin;location;quantity;unit;counted-at\n";
    static final AtomicInteger GTINS = new AtomicInteger(100);

    @TempDir
    static Path folders;

    static WmsSftpServer wms;
    static WmsSftpServer depot;
    static WmsSftpServer late;
    static WmsSftpServer rogue;
    static WmsSftpServer offline;

    @DynamicPropertySource
    static void wmsSystems(DynamicPropertyRegistry properties) {
        wms = new WmsSftpServer(folders.resolve("wms")).start();
        depot = new WmsSftpServer(folders.resolve("depot")).start();
        late = new WmsSftpServer(folders.resolve("late"));
        rogue = new WmsSftpServer(folders.resolve("rogue")).start();
        offline = new WmsSftpServer(folders.resolve("offline"));

        system(properties, "wms", wms, wms.knownHosts(), "rename", "Product");
        csvStock(properties, "wms");
        String shipments = "passerelle.systems.wms.sftp.shipments.";
        properties.add(shipments + "name", () -> "SHIP_*.csv");
        csvLayout(properties, shipments, true, "shipment", "order", "date", "carrier", "sscc", "item", "gtin", "quantity", "unit");
        itemMaster(properties, "wms");

        system(properties, "depot", depot, depot.knownHosts(), "done-file");
        String stock = "passerelle.systems.depot.sftp.stock-levels.";
        properties.add(stock + "name", () -> "STOCK_*.txt");
        properties.add(stock + "layout.format", () -> "fixed-width");
        properties.add(stock + "layout.timestamp-format", () -> "yyyyMMddHHmmss");
        properties.add(stock + "layout.zone", () -> "Europe/Paris");
        fixed(properties, stock, 0, "item", 1, 10, " ", "left");
        fixed(properties, stock, 1, "location", 11, 6, " ", "left");
        fixed(properties, stock, 2, "quantity", 17, 8, "0", "right");
        fixed(properties, stock, 3, "unit", 25, 3, " ", "left");
        fixed(properties, stock, 4, "counted-at", 28, 14, " ", "left");

        system(properties, "late", late, late.knownHosts(), "rename");
        csvStock(properties, "late");
        system(properties, "rogue", rogue, rogue.knownHostsWithAnotherKey(), "rename");
        csvStock(properties, "rogue");
        system(properties, "offline", offline, offline.knownHosts(), "rename", "Product");
        itemMaster(properties, "offline");

        // The shipped policy gives unknown WMS units the default C62; these tests show the strict one.
        properties.add("passerelle.xref.domains.unit-of-measure.missing-code.wms", () -> "reject");
        // The shipped policy sends a product the WMS does not know under its canonical id; these tests
        // show lines waiting for a steward to map the WMS's item code.
        properties.add("passerelle.xref.domains.product.missing-code.wms", () -> "park");
        properties.add("passerelle.delivery.first-retry", () -> "200ms");
    }

    @AfterAll
    static void stopServers() {
        Stream.of(wms, depot, late, rogue, offline).forEach(WmsSftpServer::stop);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ConversionTables tables;

    @Autowired
    HubIngress ingress;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CamelContext camel;

    @BeforeEach
    void wmsCodes() {
        if (tables.cache().canonicalOf(WmsCodes.UNIT, "wms", "PCE", java.time.LocalDate.now()) != null) {
            return;
        }
        ChangeAuthor steward = ChangeAuthor.steward("steward", "WMS codes");
        for (String unit : List.of("H87", "KGM", "LTR")) {
            if (tables.searchCanonical(WmsCodes.UNIT, unit, 10).stream().noneMatch(e -> e.code().equals(unit))) {
                tables.createCanonical(WmsCodes.UNIT, null, unit, Map.of("iso", unit), steward);
            }
        }
        for (String system : List.of("wms", "depot", "late", "rogue", "offline")) {
            map(WmsCodes.UNIT, system, "PCE", "H87");
            map(WmsCodes.UNIT, system, "KG", "KGM");
        }
    }

    @Test
    void aStockFileDroppedByTheWmsLandsAsStockLevelsAndIsArchived() throws IOException {
        String widget = product("Widget");
        String bolt = product("Bolt");
        map(WmsCodes.PRODUCT, "wms", "W-100", idOf(widget));

        drop(wms, "STOCK_20261124_0600.csv", STOCK_HEADER
                + "W-100;;A-01;12;PCE;2026-11-24T06:00:00Z\n"
                + "W-200;" + bolt + ";A-02;0;KG;2026-11-24T06:00:00Z\n");

        await().atMost(PATIENCE).until(() -> Files.exists(wms.inbox().resolve(".archive/STOCK_20261124_0600.csv")));
        assertThat(wms.inbox().resolve("STOCK_20261124_0600.csv")).doesNotExist();
        assertThat(messages("wms", "STOCK_20261124_0600.csv:%")).containsExactly(
                Map.of("source_change_id", "STOCK_20261124_0600.csv:2", "message_type", "StockLevel",
                        "entity_key", "product:" + idOf(widget), "status", "ACCEPTED"),
                Map.of("source_change_id", "STOCK_20261124_0600.csv:3", "message_type", "StockLevel",
                        "entity_key", "product:" + idOf(bolt), "status", "ACCEPTED"));
        // The item the hub had never seen was linked to its product by the GTIN on its line.
        List<Map<String, Object>> found = operator().getForObject("/api/messages?key=gtin:" + bolt, List.class);
        assertThat(found).singleElement().satisfies(message -> {
            assertThat(message).containsEntry("message_type", "StockLevel").containsEntry("source_system", "wms");
            assertThat((String) message.get("canonical")).contains("\"quantity\": 0", "\"unit\": \"KGM\"",
                    "\"productId\": \"" + idOf(bolt) + "\"");
        });
        assertThat(wms.inbox().resolve(".error/STOCK_20261124_0600.csv.report.txt")).doesNotExist();

        // The WMS delivers the same file again: archived again, its lines not applied twice.
        drop(wms, "STOCK_20261124_0600.csv", Files.readString(wms.inbox().resolve(".archive/STOCK_20261124_0600.csv")));
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject("SELECT count(*) FROM hub_message_hop h JOIN hub_message m"
                + " ON m.id = h.message_id WHERE m.source_change_id LIKE 'STOCK_20261124_0600.csv:%' AND h.step = 'DUPLICATE'",
                Integer.class) == 2);
        await().atMost(PATIENCE).until(() -> !Files.exists(wms.inbox().resolve("STOCK_20261124_0600.csv")));
        assertThat(messages("wms", "STOCK_20261124_0600.csv:%")).hasSize(2);
        assertThat(wms.inbox().resolve(".archive/STOCK_20261124_0600.csv")).exists();
    }

    @Test
    void aMalformedLineIsReportedWithFileAndLineWhileTheOtherLinesGoThrough() throws IOException {
        String widget = product("Widget");
        map(WmsCodes.PRODUCT, "wms", "W-110", idOf(widget));

        drop(wms, "STOCK_20261124_0700.csv", STOCK_HEADER
                + "W-110;;A-01;12;PCE;2026-11-24T07:00:00Z\n"
                + "W-110;;A-02;twelve;PCE;2026-11-24T07:00:00Z\n"
                + "W-110;;A-03;4;BOX;2026-11-24T07:00:00Z\n"
                + "W-110;;A-04;5;PCE;2026-11-24T07:00:00Z\n");

        Path report = wms.inbox().resolve(".error/STOCK_20261124_0700.csv.report.txt");
        await().atMost(PATIENCE).until(() -> Files.exists(wms.inbox().resolve(".archive/STOCK_20261124_0700.csv")));
        assertThat(Files.readAllLines(report)).containsExactly(
                "STOCK_20261124_0700.csv line 3, column quantity: 'twelve' is not a number (decimal separator '.')",
                "STOCK_20261124_0700.csv line 4, column unit: no unit-of-measure mapping for wms code 'BOX':"
                        + " rejected (policy for unit-of-measure/wms is reject)");
        assertThat(messages("wms", "STOCK_20261124_0700.csv:%")).extracting(m -> m.get("source_change_id") + " " + m.get("status"))
                .containsExactly("STOCK_20261124_0700.csv:2 ACCEPTED", "STOCK_20261124_0700.csv:3 REJECTED",
                        "STOCK_20261124_0700.csv:4 REJECTED", "STOCK_20261124_0700.csv:5 ACCEPTED");
        assertThat(jdbc.queryForObject("SELECT error FROM hub_message WHERE source_change_id = 'STOCK_20261124_0700.csv:3'",
                String.class)).isEqualTo("STOCK_20261124_0700.csv line 3, column quantity: 'twelve' is not a number"
                + " (decimal separator '.')");
    }

    @Test
    void aFileThatCannotBeReadIsKeptInErrorWithItsReason() throws IOException {
        drop(wms, "STOCK_20261124_0800.csv", "item;location;quantity\nW-100;A-01;12\n");

        Path kept = wms.inbox().resolve(".error/STOCK_20261124_0800.csv");
        await().atMost(PATIENCE).until(() -> Files.exists(kept));
        assertThat(Files.readString(wms.inbox().resolve(".error/STOCK_20261124_0800.csv.error.txt"))).isEqualTo(
                "STOCK_20261124_0800.csv: the header line is 'item;location;quantity' but the layout expects"
                        + " 'item;gtin;location;quantity;unit;counted-at': the WMS's file layout and the hub's configuration differ\n");
        assertThat(Files.readString(kept)).isEqualTo("item;location;quantity\nW-100;A-01;12\n");
        assertThat(messages("wms", "STOCK_20261124_0800.csv")).extracting(m -> m.get("status")).containsExactly("REJECTED");
    }

    @Test
    void aFileStillBeingWrittenUnderItsPartNameIsReadOnlyOnceRenamed() throws IOException, InterruptedException {
        String widget = product("Widget");
        map(WmsCodes.PRODUCT, "wms", "W-120", idOf(widget));
        Path part = wms.inbox().resolve("STOCK_20261124_0900.csv.part");
        Files.writeString(part, STOCK_HEADER + "W-120;;A-01;12;PCE;2026-11-24T09:00:00Z\n");

        Thread.sleep(1_000); // five polls
        assertThat(part).exists();
        assertThat(messages("wms", "STOCK_20261124_0900.csv%")).isEmpty();

        Files.move(part, wms.inbox().resolve("STOCK_20261124_0900.csv"), StandardCopyOption.ATOMIC_MOVE);
        await().atMost(PATIENCE).until(() -> messages("wms", "STOCK_20261124_0900.csv:%").size() == 1);
        await().atMost(PATIENCE).until(() -> Files.exists(wms.inbox().resolve(".archive/STOCK_20261124_0900.csv")));
    }

    @Test
    void aFixedWidthFileIsReadOnlyOnceItsDoneFileIsThere() throws IOException, InterruptedException {
        String widget = product("Widget");
        map(WmsCodes.PRODUCT, "depot", "D-7", idOf(widget));
        Files.writeString(depot.inbox().resolve("STOCK_0001.txt"),
                "D-7       R-01  00000042PCE20261124070000\n");

        Thread.sleep(1_000);
        assertThat(messages("depot", "%")).isEmpty();

        Files.writeString(depot.inbox().resolve("STOCK_0001.txt.done"), "");
        await().atMost(PATIENCE).until(() -> Files.exists(depot.inbox().resolve(".archive/STOCK_0001.txt")));
        assertThat(depot.inbox().resolve("STOCK_0001.txt.done")).doesNotExist();
        Map<String, Object> message = jdbc.queryForMap("SELECT entity_key, canonical::text AS canonical FROM hub_message"
                + " WHERE source_system = 'depot' AND source_change_id = 'STOCK_0001.txt:1'");
        assertThat(message.get("entity_key")).isEqualTo("product:" + idOf(widget));
        // 07:00 in Paris in November is 06:00 UTC.
        assertThat((String) message.get("canonical")).contains("\"quantity\": 42", "\"asOf\": \"2026-11-24T06:00:00Z\"",
                "\"location\": \"R-01\"");
    }

    @Test
    void aShipmentOnSeveralLinesBecomesOneShipmentFoundByItsSscc() throws IOException {
        String widget = product("Widget");
        String bolt = product("Bolt");
        map(WmsCodes.PRODUCT, "wms", "W-130", idOf(widget));
        map(WmsCodes.PRODUCT, "wms", "W-230", idOf(bolt));
        String sscc = Gs1CheckDigit.append("0354123450000" + (1000 + GTINS.incrementAndGet()));

        drop(wms, "SHIP_20261124.csv", "shipment;order;date;carrier;sscc;item;gtin;quantity;unit\n"
                + "S-1001;PO-7001;2026-11-24;DHL;" + sscc + ";W-130;;12;PCE\n"
                + "S-1001;PO-7002;2026-11-24;DHL;" + sscc + ";W-230;;3;KG\n");

        await().atMost(PATIENCE).until(() -> Files.exists(wms.inbox().resolve(".archive/SHIP_20261124.csv")));
        List<Map<String, Object>> found = operator().getForObject("/api/messages?key=sscc:" + sscc, List.class);
        assertThat(found).singleElement().satisfies(message -> {
            assertThat(message).containsEntry("message_type", "Shipment").containsEntry("entity_key", "shipment:S-1001")
                    .containsEntry("source_change_id", "SHIP_20261124.csv:2");
            assertThat((String) message.get("canonical")).contains("\"orderNumbers\": [\"PO-7001\", \"PO-7002\"]",
                    "\"productId\": \"" + idOf(bolt) + "\"");
        });
    }

    @Test
    void aLineWaitingForAnItemCodeIsParkedAndAppliedOnceAStewardMapsIt() throws IOException {
        String widget = product("Widget");
        drop(wms, "STOCK_20261124_1000.csv", STOCK_HEADER + "W-404;;A-01;7;PCE;2026-11-24T10:00:00Z\n");

        await().atMost(PATIENCE).until(() -> Files.exists(wms.inbox().resolve(".archive/STOCK_20261124_1000.csv")));
        assertThat(messages("wms", "STOCK_20261124_1000.csv:%")).extracting(m -> m.get("status")).containsExactly("PARKED");

        map(WmsCodes.PRODUCT, "wms", "W-404", idOf(widget));

        await().atMost(PATIENCE).until(() -> messages("wms", "STOCK_20261124_1000.csv:%").get(0).get("status").equals("ACCEPTED"));
        assertThat(messages("wms", "STOCK_20261124_1000.csv:%").get(0)).containsEntry("entity_key", "product:" + idOf(widget));
    }

    @Test
    void productsForTheWmsArriveAsOneItemMasterFileInItsOwnCodesNeverSeenHalfWritten() throws IOException {
        String widget = product("Widget");
        String bolt = product("Bolt");
        String oil = product("Oil");
        map(WmsCodes.PRODUCT, "wms", "W-140", idOf(widget));
        map(WmsCodes.PRODUCT, "wms", "W-240", idOf(bolt));
        map(WmsCodes.PRODUCT, "wms", "W-340", idOf(oil));

        // One commit, so the dispatcher finds the three in one batch.
        transactions.executeWithoutResult(status -> {
            publish(widget, "Widget", "H87");
            publish(bolt, "Bolt M6; zinc", "KGM");
            publish(oil, "Oil", "LTR"); // the WMS has no code for litres and its policy is reject
        });

        List<String> keys = Stream.of(widget, bolt, oil).map(gtin -> "product:" + idOf(gtin)).toList();
        await().atMost(PATIENCE).until(() -> deliveries("wms", keys).stream().noneMatch(d -> d.get("status").equals("PENDING")));
        assertThat(deliveries("wms", keys)).extracting(d -> d.get("entity_key") + " " + d.get("status")).containsExactly(
                "product:" + idOf(widget) + " DELIVERED", "product:" + idOf(bolt) + " DELIVERED",
                "product:" + idOf(oil) + " DEAD");
        assertThat((String) deliveries("wms", keys).get(2).get("last_error")).isEqualTo("column unit: no unit-of-measure"
                + " mapping for wms code 'LTR': rejected (policy for unit-of-measure/wms is reject)");

        List<Path> files;
        try (Stream<Path> listing = Files.list(wms.outbox())) {
            files = listing.toList();
        }
        assertThat(files).singleElement().satisfies(file -> assertThat(file.getFileName().toString()).matches("ITEMS_\\d{17}_\\d+\\.csv"));
        String name = files.get(0).getFileName().toString();
        String content = Files.readString(files.get(0));
        // H87 goes out as the WMS's preferred code for it, PC (config/seed), not the PCE it also accepts.
        assertThat(content).isEqualTo("item;gtin;description;unit\n"
                + "W-140;" + widget + ";Widget;PC\n"
                + "W-240;" + bolt + ";\"Bolt M6; zinc\";KG\n");
        // Written only under its temporary name, then renamed once complete.
        assertThat(wms.openedForWriting()).contains("outbox/" + name + ".part").doesNotContain("outbox/" + name);
        assertThat(wms.renames()).filteredOn(r -> r.to().equals("outbox/" + name)).singleElement().satisfies(rename -> {
            assertThat(rename.from()).isEqualTo("outbox/" + name + ".part");
            assertThat(new String(rename.content(), StandardCharsets.UTF_8)).isEqualTo(content);
        });
    }

    @Test
    void aWmsServerThatIsDownKeepsItsProductsWaitingForARetry() {
        String widget = product("Widget");
        map(WmsCodes.PRODUCT, "offline", "O-1", idOf(widget));

        publish(widget, "Widget", "H87");

        List<String> keys = List.of("product:" + idOf(widget));
        await().atMost(PATIENCE).until(() -> deliveries("offline", keys).stream().anyMatch(d -> ((Number) d.get("attempts")).intValue() >= 2));
        Map<String, Object> delivery = deliveries("offline", keys).get(0);
        assertThat(delivery.get("status")).isEqualTo("PENDING");
        assertThat((String) delivery.get("last_error")).startsWith("cannot upload ITEMS_").contains("127.0.0.1:" + offline.port());
    }

    @Test
    void aServerDownAtBootDoesNotStopTheHubAndItsFileIsReadOnceItIsBack() throws IOException, InterruptedException {
        String widget = product("Widget");
        map(WmsCodes.PRODUCT, "late", "L-1", idOf(widget));
        // The WMS writes its file while its SFTP server is down.
        drop(late, "STOCK_20261124_1100.csv", STOCK_HEADER + "L-1;;A-01;3;PCE;2026-11-24T11:00:00Z\n");

        assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(camel.getRouteController().getRouteStatus(WmsInboundRoute.routeId("late"))).isEqualTo(ServiceStatus.Started);
        Thread.sleep(600);
        assertThat(messages("late", "%")).isEmpty();

        late.start();

        await().atMost(PATIENCE).until(() -> Files.exists(late.inbox().resolve(".archive/STOCK_20261124_1100.csv")));
        assertThat(messages("late", "STOCK_20261124_1100.csv:%")).extracting(m -> m.get("status")).containsExactly("ACCEPTED");
    }

    @Test
    void aServerPresentingAnotherHostKeyIsRefused() throws IOException, InterruptedException {
        drop(rogue, "STOCK_20261124_1200.csv", STOCK_HEADER + "R-1;;A-01;3;PCE;2026-11-24T12:00:00Z\n");

        await().atMost(PATIENCE).until(() -> rogue.sessionsOpened() >= 2);
        Thread.sleep(400);

        assertThat(rogue.logins()).isZero();
        assertThat(rogue.inbox().resolve("STOCK_20261124_1200.csv")).exists();
        assertThat(rogue.inbox().resolve(".archive")).doesNotExist();
        assertThat(messages("rogue", "%")).isEmpty();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    TestRestTemplate operator() {
        return http.withBasicAuth("operator", "operator-test-password");
    }

    /** A new canonical product with a fresh GTIN; returns the GTIN (its id is {@link #idOf}). */
    String product(String label) {
        String gtin = Gs1CheckDigit.append("541234500" + GTINS.incrementAndGet());
        tables.createCanonical(WmsCodes.PRODUCT, idOf(gtin), label, Map.of("gtin", gtin),
                ChangeAuthor.steward("steward", "test product"));
        return gtin;
    }

    static String idOf(String gtin) {
        return "PRD-" + gtin.substring(9, 12);
    }

    void map(String domain, String system, String code, String canonical) {
        try {
            tables.create(new Mapping(null, domain, system, code, canonical, true, null, null),
                    ChangeAuthor.steward("steward", "WMS code"));
        } catch (XrefRefusal preferredTaken) {
            try {
                // config/seed may already give this canonical code a preferred WMS code: map ours beside it
                tables.create(new Mapping(null, domain, system, code, canonical, false, null, null),
                        ChangeAuthor.steward("steward", "WMS code"));
            } catch (XrefRefusal alreadyThere) {
                // units are shared by the tests; mapping them twice is refused, which is fine here
            }
        }
    }

    void publish(String gtin, String description, String unit) {
        Product product = new Product(idOf(gtin), gtin, description, unit,
                new ProductLifecycle(ProductStatus.ACTIVE, null, null));
        ingress.accept(new InboundChange("erp", "erp-product-" + gtin, "Product", "product:" + idOf(gtin),
                List.of("gtin:" + gtin), product));
    }

    /** The WMS puts a complete file in its inbox (written aside, then moved in at once). */
    static void drop(WmsSftpServer server, String name, String content) throws IOException {
        Path aside = server.root().resolve(name + ".writing");
        Files.writeString(aside, content);
        Files.move(aside, server.inbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    List<Map<String, Object>> messages(String system, String changeIdPattern) {
        return jdbc.queryForList("SELECT source_change_id, message_type, entity_key, status FROM hub_message"
                + " WHERE source_system = ? AND source_change_id LIKE ? ORDER BY source_change_id", system, changeIdPattern);
    }

    /** A subscriber's deliveries of these entities (other tests publish products to it too). */
    List<Map<String, Object>> deliveries(String subscriber, List<String> entityKeys) {
        return jdbc.queryForList("SELECT entity_key, status, attempts, last_error FROM hub_delivery WHERE subscriber = ?"
                + " AND entity_key = ANY (?) ORDER BY id", subscriber, entityKeys.toArray(String[]::new));
    }

    // ---- configuration, as an IT team would declare it --------------------------------------------

    public static void system(DynamicPropertyRegistry properties, String name, WmsSftpServer server, Path knownHosts,
                       String completion, String... receives) {
        String key = "passerelle.systems." + name + ".";
        properties.add(key + "type", () -> "wms-sftp");
        properties.add(key + "poll-interval", () -> "200ms");
        for (int i = 0; i < receives.length; i++) {
            String type = receives[i];
            properties.add(key + "receives[" + i + "]", () -> type);
        }
        properties.add(key + "sftp.host", () -> "127.0.0.1");
        properties.add(key + "sftp.port", server::port);
        properties.add(key + "sftp.username", () -> WmsSftpServer.USER);
        properties.add(key + "sftp.password", () -> WmsSftpServer.PASSWORD);
        properties.add(key + "sftp.known-hosts", knownHosts::toString);
        properties.add(key + "sftp.inbox", () -> "inbox");
        properties.add(key + "sftp.outbox", () -> "outbox");
        properties.add(key + "sftp.completion", () -> completion);
        properties.add(key + "sftp.connect-timeout", () -> "2s");
    }

    static void csvStock(DynamicPropertyRegistry properties, String system) {
        String stock = "passerelle.systems." + system + ".sftp.stock-levels.";
        properties.add(stock + "name", () -> "STOCK_*.csv");
        csvLayout(properties, stock, true, "item", "gtin", "location", "quantity", "unit", "counted-at");
    }

    public static void itemMaster(DynamicPropertyRegistry properties, String system) {
        String items = "passerelle.systems." + system + ".sftp.item-master.";
        properties.add(items + "name", () -> "ITEMS_{timestamp}_{entry}.csv");
        csvLayout(properties, items, true, "item", "gtin", "description", "unit");
    }

    public static void csvLayout(DynamicPropertyRegistry properties, String key, boolean header, String... columns) {
        properties.add(key + "layout.format", () -> "csv");
        properties.add(key + "layout.delimiter", () -> ";");
        properties.add(key + "layout.header", () -> header);
        for (int i = 0; i < columns.length; i++) {
            String column = columns[i];
            properties.add(key + "layout.columns[" + i + "].name", () -> column);
        }
    }

    static void fixed(DynamicPropertyRegistry properties, String key, int index, String name, int start, int length,
                      String padding, String align) {
        String column = key + "layout.columns[" + index + "].";
        properties.add(column + "name", () -> name);
        properties.add(column + "start", () -> start);
        properties.add(column + "length", () -> length);
        properties.add(column + "padding", () -> padding);
        properties.add(column + "align", () -> align);
    }
}
