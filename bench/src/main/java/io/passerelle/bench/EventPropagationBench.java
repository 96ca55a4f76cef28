package io.passerelle.bench;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.Customer;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.ProductLifecycle;
import io.passerelle.canonical.ProductStatus;
import io.passerelle.canonical.ServiceClass;
import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.event.EntityKeys;
import io.passerelle.hub.PasserelleApplication;
import io.passerelle.hub.connector.crm.CrmStandIn;
import io.passerelle.hub.connector.wms.WmsSftpServer;
import io.passerelle.hub.events.BoundaryEvents;
import io.passerelle.hub.ingress.HubIngress;
import io.passerelle.hub.ingress.InboundChange;
import io.passerelle.mappings.testing.SharedPostgres;
import io.passerelle.mappings.xref.ChangeAuthor;
import io.passerelle.mappings.xref.ConversionTables;
import io.passerelle.mappings.xref.Mapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Offers boundary events at a fixed rate (1,000/s for 60 s unless told), about 1,000 products in turn, to a
 * hub with 5 subscribers — two
 * CRMs (HTTP stand-ins on loopback: one sales alert per event each), two ERPs (interface-table rows) and a
 * WMS (planning-notice files over SFTP in this JVM) — and reports the rate sustained and the latency from
 * an event's acceptance to each delivery (p50, p99, max), read from the outbox's own timestamps. The first
 * 60 s at the same rate (a third argument to change it) are a warm-up, reported apart and not measured. The WMS
 * stand-in takes its files every second.
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.passerelle.bench.EventPropagationBench 1000 60
 * </pre>
 */
public final class EventPropagationBench {

    static final String[] CRMS = {"crm-a", "crm-b"};
    static final String[] ERPS = {"erp-a", "erp-b"};
    static final int PRODUCTS = 1_000;
    /**
     * A minute, not less: in the first minute of load the JIT compilers take ~30 s of CPU (JFR's compilation
     * events), a third of this two-core machine, and a 10 s warm-up left two thirds of that to the measured window.
     */
    static final int WARM_UP_SECONDS = 60;
    static final int PRODUCERS = 32;

    public static void main(String[] args) throws Exception {
        int perSecond = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int warmUpSeconds = args.length > 2 ? Integer.parseInt(args[2]) : WARM_UP_SECONDS;
        Path work = Files.createTempDirectory("passerelle-events-bench");
        String databaseUrl = SharedPostgres.newDatabaseUrl("events_bench");
        List<CrmStandIn> crms = List.of(CrmStandIn.start(), CrmStandIn.start());
        WmsSftpServer wms = new WmsSftpServer(work.resolve("wms")).start();
        crms.forEach(crm -> crm.answerOtherwise(CrmStandIn.Answer.noContent()));
        try (ConfigurableApplicationContext hub = new SpringApplicationBuilder(PasserelleApplication.class)
                .profiles("test").run(settings(databaseUrl, crms, wms))) {
            ConversionTables tables = hub.getBean(ConversionTables.class);
            ChangeAuthor steward = ChangeAuthor.steward("bench", "subscribers' codes");
            tables.createCanonical("customer", "CUST-R", "Retailer R", Map.of("gln", "5412345000013"), steward);
            for (String crm : CRMS) {
                tables.create(new Mapping(null, "customer", crm, "0015g00000R1tLrAAJ", "CUST-R", true, null, null), steward);
            }
            // Events about 1,000 products: notices about one product keep their order, different products do not wait.
            List<Mapping> materials = new ArrayList<>();
            for (int p = 1; p <= PRODUCTS; p++) {
                String id = String.format("PRD-%06d", p);
                tables.createCanonical("product", id, "Product " + p, Map.of(), steward);
                for (String erp : ERPS) {
                    materials.add(new Mapping(null, "product", erp, "MAT-" + p, id, true, null, null));
                }
            }
            tables.applyAll("product", materials, steward);
            // The products and the customer as the hub received them from their systems of record: what alerts
            // and notices name (descriptions, GTINs) is read from there, as in production.
            HubIngress ingress = hub.getBean(HubIngress.class);
            for (int p = 1; p <= PRODUCTS; p++) {
                String id = String.format("PRD-%06d", p);
                ingress.record(new InboundChange("erp", "bench-product-" + p, "Product", EntityKeys.product(id),
                        List.of(EntityKeys.product(id)), new Product(id, MasterDataSyncBench.gtin13(400_000_000_000L + p),
                        "Product " + p, "H87", new ProductLifecycle(ProductStatus.ACTIVE, null, null))));
            }
            ingress.record(new InboundChange("crm-a", "bench-customer", "Customer", "customer:CUST-R",
                    List.of("customer:CUST-R"), new Customer("CUST-R", "Retailer R", "5412345000013", null, List.of(),
                    "RETAIL", ServiceClass.KEY_ACCOUNT)));
            JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
            BoundaryEvents events = hub.getBean(BoundaryEvents.class);

            // Like a real WMS, the stand-in takes the files out of its folder every second (the hub checks a name
            // is free by listing that folder, so a folder nobody empties would slow every upload down).
            ScheduledExecutorService wmsPickUp = Executors.newSingleThreadScheduledExecutor();
            wmsPickUp.scheduleWithFixedDelay(() -> takeFiles(wms.outbox()), 1, 1, TimeUnit.SECONDS);

            // Warm-up at the same rate, not measured: compiled code, open connections and pools, as in production.
            Timestamp warmUpFrom = jdbc.queryForObject("SELECT clock_timestamp()", Timestamp.class);
            offer(events, perSecond, warmUpSeconds, "warm-up");
            boolean statementTimes = StatementTimes.reset(hub.getBean(javax.sql.DataSource.class));
            Timestamp measuredFrom = jdbc.queryForObject("SELECT clock_timestamp()", Timestamp.class);
            long offered = (long) perSecond * seconds;
            long start = System.nanoTime();
            Offered result = offer(events, perSecond, seconds, "promo");
            double offerSeconds = (System.nanoTime() - start) / 1e9;
            Timestamp measuredTo = jdbc.queryForObject("SELECT clock_timestamp()", Timestamp.class);
            long expected = result.accepted() * 5;
            // Every accepted event's notices were queued with it: once none is pending, all are delivered or dead.
            // (Counted through the pending index: counting the delivered ones at each look would scan the table,
            // on the cores the hub needs.)
            while (pending(jdbc) > 0 && (System.nanoTime() - start) / 1e9 < seconds + 600) {
                Thread.sleep(200);
            }
            double allDelivered = (System.nanoTime() - start) / 1e9;
            if (statementTimes) {
                StatementTimes.print(hub.getBean(javax.sql.DataSource.class), 25);
            }
            wmsPickUp.shutdownNow();
            Map<String, Object> latency = latency(jdbc, measuredFrom, measuredTo);
            Map<String, Object> coldLatency = latency(jdbc, warmUpFrom, measuredFrom);
            System.out.printf("offered                 : %,d events at %,d/s for %d s (after %d s of warm-up at that rate),"
                    + " 5 subscribers (2 CRM, 2 ERP, 1 WMS)%n", offered, perSecond, seconds, warmUpSeconds);
            System.out.printf("warm-up, not measured   : p50 %.0f ms, p99 %.0f ms, max %.0f ms (a cold JVM compiling the hub's"
                            + " code)%n", number(coldLatency.get("p50")), number(coldLatency.get("p99")),
                    number(coldLatency.get("max")));
            System.out.printf("accepted                : %,d in %.1f s = %,.0f events/s (refused %d)%n", result.accepted(),
                    offerSeconds, result.accepted() / offerSeconds, result.refused());
            long delivered = delivered(jdbc, measuredFrom);
            System.out.printf("delivered               : %,d of %,d notices, all done after %.1f s = %,.0f deliveries/s%n",
                    delivered, expected, allDelivered, delivered / allDelivered);
            System.out.printf("acceptance -> delivery  : p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    number(latency.get("p50")), number(latency.get("p99")), number(latency.get("max")));
            jdbc.queryForList("SELECT subscriber, count(*) AS n,"
                    + " extract(epoch FROM max(delivered_at) - min(created_at)) AS span,"
                    + " percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM delivered_at - created_at)) * 1000 AS p99"
                    + " FROM hub_delivered WHERE created_at >= ? GROUP BY subscriber ORDER BY subscriber",
                    measuredFrom)
                    .forEach(row -> System.out.printf("  %-8s              : %,d delivered in %.1f s, p99 %.0f ms%n",
                            row.get("subscriber"), ((Number) row.get("n")).longValue(), number(row.get("span")),
                            number(row.get("p99"))));
            // Where the slow deliveries sit: spread over the run (a steady backlog) or in a few seconds (a stall).
            // Which seconds: a stall lines up with what the database did then (an analysis, a vacuum, a checkpoint).
            List<Map<String, Object>> perSecond99 = jdbc.queryForList("SELECT extract(epoch FROM"
                    + " date_trunc('second', created_at) - ?)::int AS s, round(percentile_cont(0.99) WITHIN GROUP"
                    + " (ORDER BY extract(epoch FROM delivered_at - created_at)) * 1000) AS p99"
                    + " FROM hub_delivered WHERE created_at >= ? GROUP BY 1 ORDER BY 1", measuredFrom, measuredFrom);
            List<String> slow = perSecond99.stream().filter(row -> number(row.get("p99")) > 500)
                    .map(row -> row.get("s") + ": " + row.get("p99")).toList();
            System.out.printf("seconds with p99 > 500ms: %d of %d (by second of acceptance)%n", slow.size(),
                    perSecond99.size());
            System.out.println("slow seconds (s: p99 ms): " + slow);
            System.out.printf("dead deliveries         : %d%n", jdbc.queryForObject(
                    "SELECT count(*) FROM hub_outbox WHERE status = 'DEAD'", Integer.class));
        } finally {
            wms.stop();
            crms.forEach(CrmStandIn::close);
        }
        System.exit(0);
    }

    private record Offered(long accepted, long refused) {
    }

    /**
     * Offers events at a fixed rate from 32 threads, as 32 callers of the events API would. Each caller waits for
     * its event's receipt (the acceptance commits in batches), so too few callers would cap the rate offered below
     * the one asked for: with 8, the rate offered fell to 850-950/s whenever a commit took more than 8 ms.
     */
    private static Offered offer(BoundaryEvents events, int perSecond, int seconds, String prefix) throws InterruptedException {
        long offered = (long) perSecond * seconds;
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        ExecutorService producers = Executors.newFixedThreadPool(PRODUCERS);
        long start = System.nanoTime();
        for (long n = 0; n < offered; n++) {
            long due = start + n * 1_000_000_000L / perSecond;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long number = n;
            producers.execute(() -> {
                try {
                    events.accept("marketing", prefix + "-" + number, promotion(prefix, number));
                    accepted.incrementAndGet();
                } catch (RuntimeException e) {
                    refused.incrementAndGet();
                }
            });
        }
        producers.shutdown();
        producers.awaitTermination(10, TimeUnit.MINUTES);
        return new Offered(accepted.get(), refused.get());
    }

    private static void takeFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> !f.getFileName().toString().endsWith(".part")).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // The next pick-up tries again.
        }
    }

    /** Acceptance to delivery of the notices of events accepted in [from, to). */
    private static Map<String, Object> latency(JdbcTemplate jdbc, Timestamp from, Timestamp to) {
        return jdbc.queryForMap("SELECT"
                + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM delivered_at - created_at)) * 1000 AS p50,"
                + " percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM delivered_at - created_at)) * 1000 AS p99,"
                + " max(extract(epoch FROM delivered_at - created_at)) * 1000 AS max"
                + " FROM hub_delivered WHERE created_at >= ? AND created_at < ?", from, to);
    }

    private static long pending(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM hub_outbox WHERE status = 'PENDING'", Long.class);
    }

    private static long delivered(JdbcTemplate jdbc, Timestamp from) {
        return jdbc.queryForObject("SELECT count(*) FROM hub_delivered WHERE created_at >= ?",
                Long.class, from);
    }

    private static double number(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    private static BoundaryEvent promotion(String prefix, long n) {
        return CanonicalJson.read("""
                {"type":"PromotionPlanned","promotion":{"id":"%s-%d","productIds":["PRD-%06d"],
                 "customerIds":["CUST-R"],"period":{"startDate":"2027-01-10","endDate":"2027-01-24"},
                 "conditions":{"discountPercent":20},"expectedUpliftPercent":35}}""".formatted(prefix, n, n % PRODUCTS + 1),
                BoundaryEvent.class);
    }

    private static String[] settings(String databaseUrl, List<CrmStandIn> crms, WmsSftpServer wms) {
        List<String> settings = new ArrayList<>(List.of(
                "server.port=0",
                "spring.datasource.url=" + databaseUrl,
                "spring.datasource.username=postgres",
                "spring.datasource.hikari.maximum-pool-size=16",
                "passerelle.config-dir=" + Path.of("config").toAbsolutePath(),
                "logging.level.root=warn",
                "logging.level.io.passerelle.mappings.xref.PlannerStatistics=debug",
                "passerelle.delivery.poll-interval=50ms",
                "passerelle.delivery.batch-size=500"));
        for (int i = 0; i < CRMS.length; i++) {
            settings.add("passerelle.systems." + CRMS[i] + ".type=crm-rest");
            settings.add("passerelle.systems." + CRMS[i] + ".rest.base-url=" + crms.get(i).baseUrl());
            settings.add("passerelle.systems." + CRMS[i] + ".rest.token=bench");
        }
        for (String erp : ERPS) {
            settings.add("passerelle.systems." + erp + ".type=erp-staging-tables");
            settings.add("passerelle.systems." + erp + ".poll-interval=10s");
            settings.add("passerelle.systems." + erp + ".staging-tables.schema=erp");
        }
        String w = "passerelle.systems.wms.";
        settings.addAll(List.of(w + "type=wms-sftp", w + "poll-interval=60s", w + "sftp.host=127.0.0.1",
                w + "sftp.port=" + wms.port(), w + "sftp.username=" + WmsSftpServer.USER,
                w + "sftp.password=" + WmsSftpServer.PASSWORD, w + "sftp.known-hosts=" + wms.knownHosts(),
                w + "sftp.inbox=inbox", w + "sftp.outbox=outbox",
                w + "sftp.planning-notices.name=PLANNING_{timestamp}_{entry}.csv",
                w + "sftp.planning-notices.layout.format=csv", w + "sftp.planning-notices.layout.header=true",
                w + "sftp.planning-notices.layout.columns[0].name=item",
                w + "sftp.planning-notices.layout.columns[1].name=event",
                w + "sftp.planning-notices.layout.columns[2].name=from",
                w + "sftp.planning-notices.layout.columns[3].name=to",
                w + "sftp.planning-notices.layout.columns[4].name=uplift-percent"));
        String[] subscribers = {"crm-a", "crm-b", "erp-a", "erp-b", "wms"};
        for (int i = 0; i < subscribers.length; i++) {
            settings.add("passerelle.events.subscriptions[" + i + "].system=" + subscribers[i]);
            settings.add("passerelle.events.subscriptions[" + i + "].events[0]=PromotionPlanned");
        }
        return settings.stream().map(s -> "--" + s).toArray(String[]::new);
    }
}
