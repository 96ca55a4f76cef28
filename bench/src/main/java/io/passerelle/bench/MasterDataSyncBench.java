package io.passerelle.bench;

import io.passerelle.hub.PasserelleApplication;
import io.passerelle.hub.connector.crm.CrmStandIn;
import io.passerelle.hub.connector.erp.StagingTable;
import io.passerelle.hub.connector.wms.WmsSftpServer;
import io.passerelle.mappings.testing.SharedPostgres;
import io.passerelle.mappings.xref.ChangeAuthor;
import io.passerelle.mappings.xref.ConversionTables;
import io.passerelle.mappings.xref.Mapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moves N products (100,000 unless told) from the ERP's interface table to a CRM stand-in (HTTP on
 * loopback) and a WMS (SFTP in this JVM) through the whole hub, then, in the same run, measures how fast
 * the same PostgreSQL merely reads those rows. The ratio of the two is the figure to watch. It does so
 * twice, with N new products each time: in a cold JVM, then in a warm one, and reports both. Each pass also
 * times the hub's claim and done statements alone on a copy of its rows: what claiming and marking each row
 * costs bounds any hub built on them (31,000-37,000 rows/s here, 7-8 % of the bare read).
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.passerelle.bench.MasterDataSyncBench 100000
 * </pre>
 */
public final class MasterDataSyncBench {

    /** A cold pass, then a warm one: the hub runs for days, and its first minute compiles code more than it moves data. */
    private static final int PASSES = 2;

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path work = Files.createTempDirectory("passerelle-bench");
        String databaseUrl = SharedPostgres.newDatabaseUrl("sync_bench");
        try (CrmStandIn crm = CrmStandIn.start()) {
            WmsSftpServer wms = new WmsSftpServer(work.resolve("wms")).start();
            crm.answerOtherwise(CrmStandIn.Answer.noContent());
            try (ConfigurableApplicationContext hub = new SpringApplicationBuilder(PasserelleApplication.class)
                    .profiles("test").run(hubSettings(databaseUrl, crm, wms))) {
                ConversionTables tables = hub.getBean(ConversionTables.class);
                tables.create(new Mapping(null, "unit-of-measure", "crm", "Each", "H87", true, null, null),
                        ChangeAuthor.steward("bench", "Salesforce picklist"));
                JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
                DataSource dataSource = hub.getBean(DataSource.class);

                ItemFiles itemFiles = new ItemFiles(wms.outbox());
                for (int pass = 1; pass <= PASSES; pass++) {
                    System.out.printf("%n-- pass %d of %d (%s JVM) --%n", pass, PASSES, pass == 1 ? "cold" : "warm");
                    movePass(jdbc, dataSource, crm, itemFiles, products, pass);
                }
                System.out.printf("dead deliveries         : %d%n", jdbc.queryForObject(
                        "SELECT count(*) FROM hub_outbox WHERE status = 'DEAD'", Integer.class));
            } finally {
                wms.stop();
            }
        }
        System.exit(0);
    }

    /**
     * Moves a pass's products (new ones, with codes of their own) and reports its figures next to a bare read of the
     * interface table. The first pass runs in a cold JVM: a good part of a core compiles the hub's code meanwhile.
     */
    private static void movePass(JdbcTemplate jdbc, DataSource dataSource, CrmStandIn crm, ItemFiles itemFiles,
                                 int products, int pass) throws Exception {
        long crmBefore = crmUpserts(crm);
        long wmsBefore = itemFiles.lines();
        boolean statementTimes = StatementTimes.reset(dataSource);
        long start = System.nanoTime();
        insertProducts(jdbc, (pass - 1) * products, products);
        long inserted = System.nanoTime();
        long intake = 0;
        while (crmUpserts(crm) - crmBefore < products || itemFiles.lines() - wmsBefore < products) {
            Thread.sleep(200);
            // Through the partial index of waiting rows: a count over the table cost the hub's database 20 ms a look.
            if (intake == 0 && !jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM erp.to_hub_product"
                    + " WHERE status IN ('NEW', 'CLAIMED'))", Boolean.class)) {
                intake = System.nanoTime();
            }
            if ((System.nanoTime() - start) / 1_000_000_000L > 3600) {
                throw new IllegalStateException("not done within an hour: crm " + (crmUpserts(crm) - crmBefore)
                        + ", wms " + (itemFiles.lines() - wmsBefore));
            }
        }
        long done = System.nanoTime();
        if (statementTimes) {
            StatementTimes.print(dataSource, 25);
        }
        double seconds = (done - start) / 1e9;
        double throughput = products / seconds;
        double readRate = bestReadRate(dataSource, (long) pass * products);
        double claimRate = claimAndMarkRate(jdbc, products, pass);
        System.out.printf("products moved          : %,d (ERP interface table -> CRM + WMS file)%n", products);
        System.out.printf("insert into ERP table   : %.1f s (counted in the total)%n", (inserted - start) / 1e9);
        System.out.printf("read into the hub       : %.1f s (every row translated, accepted and queued)%n",
                ((intake == 0 ? done : intake) - start) / 1e9);
        System.out.printf("end to end              : %.1f s = %,.0f products/s%n", seconds, throughput);
        System.out.printf("PostgreSQL bare read    : %,.0f rows/s (SELECT * of the interface table, best of 3)%n", readRate);
        System.out.printf("ratio                   : %.2f %%%n", 100 * throughput / readRate);
        System.out.printf("claim + mark done alone : %,.0f rows/s (the hub's own statements on a copy of the rows, nothing"
                + " else: %.1f %% of the bare read, the most any hub that claims and marks each row can reach)%n",
                claimRate, 100 * claimRate / readRate);
        System.out.printf("hub / claim + mark      : %.1f %%%n", 100 * throughput / claimRate);
    }

    /**
     * The claim and the marking the issue asks for (each row claimed under a lease with SKIP LOCKED, then marked
     * done), alone: the hub's own two statements in a loop, batch after batch, on a copy of the interface table
     * holding the pass's rows, with nothing translated, recorded or delivered. What they cost bounds the rate of
     * any hub built on them.
     */
    private static double claimAndMarkRate(JdbcTemplate jdbc, int products, int pass) {
        jdbc.execute("CREATE SCHEMA IF NOT EXISTS claim_floor");
        jdbc.execute("DROP TABLE IF EXISTS claim_floor.to_hub_product");
        jdbc.execute("CREATE TABLE claim_floor.to_hub_product (LIKE erp.to_hub_product INCLUDING ALL)");
        insertProducts(jdbc, "claim_floor.to_hub_product", (pass - 1) * products, products);
        jdbc.execute("VACUUM ANALYZE claim_floor.to_hub_product");
        String claim = StagingTable.PRODUCT.claimQuery("claim_floor", "bench", 60, 500);
        String done = StagingTable.PRODUCT.doneQuery("claim_floor");
        long start = System.nanoTime();
        long marked = 0;
        List<Map<String, Object>> rows;
        while (!(rows = jdbc.queryForList(claim)).isEmpty()) {
            marked += jdbc.update(done, (Object) rows.stream().map(row -> ((Number) row.get("id")).longValue())
                    .toArray(Long[]::new));
        }
        double rate = marked / ((System.nanoTime() - start) / 1e9);
        jdbc.execute("DROP TABLE claim_floor.to_hub_product");
        if (marked != products) {
            throw new IllegalStateException("claimed and marked " + marked + " rows, expected " + products);
        }
        return rate;
    }

    private static String[] hubSettings(String databaseUrl, CrmStandIn crm, WmsSftpServer wms) {
        List<String> settings = new ArrayList<>(List.of(
                "server.port=0",
                "spring.datasource.url=" + databaseUrl,
                "spring.datasource.username=postgres",
                "passerelle.config-dir=" + Path.of("config").toAbsolutePath(),
                "logging.level.root=warn",
                "passerelle.delivery.poll-interval=100ms",
                "passerelle.delivery.batch-size=500",
                "passerelle.systems.erp.type=erp-staging-tables",
                "passerelle.systems.erp.poll-interval=100ms",
                "passerelle.systems.erp.staging-tables.schema=erp",
                "passerelle.systems.erp.staging-tables.batch-size=500",
                "passerelle.systems.crm.type=crm-rest",
                "passerelle.systems.crm.receives[0]=Product",
                "passerelle.systems.crm.rest.base-url=" + crm.baseUrl(),
                "passerelle.systems.crm.rest.token=bench",
                "passerelle.systems.wms.type=wms-sftp",
                "passerelle.systems.wms.receives[0]=Product",
                "passerelle.systems.wms.poll-interval=10s",
                "passerelle.systems.wms.sftp.host=127.0.0.1",
                "passerelle.systems.wms.sftp.port=" + wms.port(),
                "passerelle.systems.wms.sftp.username=" + WmsSftpServer.USER,
                "passerelle.systems.wms.sftp.password=" + WmsSftpServer.PASSWORD,
                "passerelle.systems.wms.sftp.known-hosts=" + wms.knownHosts(),
                "passerelle.systems.wms.sftp.inbox=inbox",
                "passerelle.systems.wms.sftp.outbox=outbox",
                "passerelle.systems.wms.sftp.item-master.name=ITEMS_{timestamp}_{entry}.csv",
                "passerelle.systems.wms.sftp.item-master.layout.format=csv",
                "passerelle.systems.wms.sftp.item-master.layout.delimiter=;",
                "passerelle.systems.wms.sftp.item-master.layout.header=true"));
        String[] columns = {"item", "gtin", "description", "unit"};
        for (int i = 0; i < columns.length; i++) {
            settings.add("passerelle.systems.wms.sftp.item-master.layout.columns[" + i + "].name=" + columns[i]);
        }
        return settings.stream().map(s -> "--" + s).toArray(String[]::new);
    }

    private static void insertProducts(JdbcTemplate jdbc, int from, int products) {
        insertProducts(jdbc, "erp.to_hub_product", from, products);
    }

    private static void insertProducts(JdbcTemplate jdbc, String table, int from, int products) {
        List<Object[]> rows = new ArrayList<>();
        for (int n = from + 1; n <= from + products; n++) {
            rows.add(new Object[] {"MAT-" + n, gtin13(400_000_000_000L + n), "Product " + n});
            if (rows.size() == 5_000 || n == from + products) {
                jdbc.batchUpdate("INSERT INTO " + table + " (material_number, gtin, description, base_unit)"
                        + " VALUES (?, ?, ?, 'PCE')", rows);
                rows.clear();
            }
        }
    }

    private static long crmUpserts(CrmStandIn crm) {
        return crm.recordsReceived();
    }

    /**
     * The WMS's side: counts the item lines of each complete file (the hub writes it under a temporary name and
     * renames it to {@code .csv}), then takes the file out of the folder as a WMS does once it has imported it.
     * A folder nobody empties slows every upload down (the hub lists it to check that a name is free), and
     * counting every file again at each look took a core's worth of the bench's time from the hub.
     */
    private static final class ItemFiles {

        private final Path outbox;
        private long lines;

        ItemFiles(Path outbox) {
            this.outbox = outbox;
        }

        long lines() throws IOException {
            try (Stream<Path> files = Files.list(outbox)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
                    try (Stream<String> content = Files.lines(file)) {
                        lines += content.count() - 1; // header
                    }
                    Files.delete(file);
                }
            }
            return lines;
        }
    }

    /**
     * The rate of a plain SELECT over JDBC of the interface table, every column fetched, best of three runs. The
     * whole table is read (after the first pass it also holds the earlier passes' rows): a range of ids read
     * half as fast or less, depending on the plan, which flattered the ratio.
     */
    private static double bestReadRate(DataSource dataSource, long rows) throws Exception {
        double best = 0;
        for (int run = 0; run < 3; run++) {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("SELECT * FROM erp.to_hub_product")) {
                c.setAutoCommit(false);
                s.setFetchSize(5_000);
                long start = System.nanoTime();
                long count = 0;
                try (ResultSet rs = s.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                        count++;
                    }
                }
                c.commit();
                if (count != rows) {
                    throw new IllegalStateException("read " + count + " rows, expected " + rows);
                }
                best = Math.max(best, count / ((System.nanoTime() - start) / 1e9));
            }
        }
        return best;
    }

    static String gtin13(long twelveDigits) {
        String body = String.format("%012d", twelveDigits);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(11 - i) - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return body + (10 - sum % 10) % 10;
    }
}
