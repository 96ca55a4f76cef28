package io.passerelle.hub.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.passerelle.hub.PasserelleApplication;
import io.passerelle.hub.connector.crm.CrmStandIn;
import io.passerelle.mappings.testing.SharedPostgres;
import io.passerelle.mappings.xref.ChangeAuthor;
import io.passerelle.mappings.xref.ConversionTables;
import io.passerelle.mappings.xref.Mapping;
import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.event.BoundaryEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Delivery of event notices when things go wrong: a subscriber down during dispatch, a hub stopped in the
 * middle of it. Hub instances are real Spring contexts started by hand on one database, so one can be
 * stopped and another started on what it left.
 */
class EventDeliveryFaultsTest {

    static final String CREATED = "{\"id\":\"00T5g00000XyZ01AAB\",\"success\":true,\"errors\":[],\"created\":true}";

    final CrmStandIn crm = CrmStandIn.start();
    final String databaseUrl = SharedPostgres.newDatabaseUrl("events");

    @AfterEach
    void stop() {
        crm.close();
    }

    @Test
    void aSubscriberDownDuringDispatchGetsItsNoticesLaterInTheOrderOfTheEvents() {
        crm.answerOtherwise(CrmStandIn.Answer.of(503, "[{\"errorCode\":\"SERVER_UNAVAILABLE\",\"message\":\"down\"}]"));
        try (ConfigurableApplicationContext hub = startHub()) {
            customerKnownToTheCrm(hub);
            BoundaryEvents events = hub.getBean(BoundaryEvents.class);
            // Three versions of one promotion, then another promotion: per promotion and account, in order.
            for (int version = 1; version <= 3; version++) {
                events.accept("marketing", "promo-a-v" + version, promotion("PROMO-A", version));
            }
            events.accept("marketing", "promo-b-v1", promotion("PROMO-B", 1));
            await().atMost(Duration.ofSeconds(10)).until(() -> crm.requests().size() >= 3);
            JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM hub_delivery WHERE status = 'DELIVERED'", Integer.class))
                    .isZero();

            int whileDown = crm.requests().size();
            crm.answerOtherwise(CrmStandIn.Answer.of(201, CREATED));
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM hub_delivery WHERE status = 'DELIVERED'", Integer.class) == 4);

            List<String> afterRecovery = crm.requests().subList(whileDown, crm.requests().size()).stream()
                    .filter(r -> r.body().contains("PROMO-A")).map(r -> r.body().replaceAll(".*(v\\d).*", "$1"))
                    .distinct().toList();
            assertThat(afterRecovery).containsExactly("v1", "v2", "v3");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM hub_delivery WHERE status = 'DEAD'", Integer.class)).isZero();
        }
    }

    @Test
    void aNoticeCommittedHereLeavesAtOnceNotAtTheNextPoll() {
        crm.answerOtherwise(CrmStandIn.Answer.of(201, CREATED));
        try (ConfigurableApplicationContext hub = startHub("passerelle.delivery.poll-interval=30s")) {
            customerKnownToTheCrm(hub);
            JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
            long start = System.nanoTime();
            hub.getBean(BoundaryEvents.class).accept("marketing", "promo-now", promotion("PROMO-NOW", 1));
            await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM hub_delivery WHERE status = 'DELIVERED'", Integer.class) == 1);
            assertThat((System.nanoTime() - start) / 1_000_000).as("delivered well before the 30 s poll").isLessThan(5_000);
        }
    }

    @Test
    void aSlowSubscriberDoesNotHoldUpTheOthers() {
        crm.answerOtherwise(CrmStandIn.Answer.of(201, CREATED).after(Duration.ofSeconds(4)));
        try (CrmStandIn fast = CrmStandIn.start()) {
            fast.answerOtherwise(CrmStandIn.Answer.of(201, CREATED));
            try (ConfigurableApplicationContext hub = startHub(
                    "passerelle.systems.crm.rest.timeout=10s",
                    "passerelle.systems.crm-fast.type=crm-rest",
                    "passerelle.systems.crm-fast.rest.base-url=" + fast.baseUrl(),
                    "passerelle.systems.crm-fast.rest.token=faults-token",
                    "passerelle.events.subscriptions[1].system=crm-fast",
                    "passerelle.events.subscriptions[1].events[0]=PromotionPlanned")) {
                customerKnownToTheCrm(hub);
                hub.getBean(ConversionTables.class).create(new Mapping(null, "customer", "crm-fast", "0015g00000R1tLrAAJ",
                        "CUST-R", true, null, null), ChangeAuthor.steward("sophie", "fault test"));
                BoundaryEvents events = hub.getBean(BoundaryEvents.class);
                JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
                events.accept("marketing", "promo-x", promotion("PROMO-X", 1));
                await().atMost(Duration.ofSeconds(3)).until(() -> crm.upserts("Task").size() == 1);

                // The slow CRM is still answering its first alert; the fast one gets the next event meanwhile.
                events.accept("marketing", "promo-y", promotion("PROMO-Y", 1));
                await().atMost(Duration.ofSeconds(2)).until(() -> fast.upserts("Task").size() == 2);
                assertThat(jdbc.queryForObject("SELECT count(*) FROM hub_delivery WHERE subscriber = 'crm'"
                        + " AND status = 'DELIVERED'", Integer.class)).as("the slow CRM is still on its first alert").isZero();
                assertThat(crm.upserts("Task")).as("the slow CRM was given nothing new while busy").hasSize(1);
                await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                        "SELECT count(*) FROM hub_delivery WHERE status = 'DELIVERED'", Integer.class) == 4);
            }
        }
    }

    @Test
    void aHubStoppedInTheMiddleOfDispatchLosesNothingAndAnotherDeliversEachNoticeOnce() {
        // Slow enough that the first hub is stopped with claimed batches not yet sent, and in batches of 5 so that it
        // cannot have claimed all 40 at once (a stopping hub finishes the batch it is sending): it then sends at most
        // the batch under way when it stops, whatever the machine's speed.
        crm.answerOtherwise(CrmStandIn.Answer.of(201, CREATED).after(Duration.ofSeconds(1)));
        int count = 40;
        try (ConfigurableApplicationContext first = startHub("passerelle.delivery.batch-size=5")) {
            customerKnownToTheCrm(first);
            BoundaryEvents events = first.getBean(BoundaryEvents.class);
            for (int n = 1; n <= count; n++) {
                events.accept("marketing", "promo-" + n, promotion("PROMO-" + n, 1));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> crm.upserts("Task").size() >= 5);
        }
        int byFirst = crm.upserts("Task").size();
        assertThat(byFirst).as("the first hub stopped before it was done").isLessThan(count);

        try (ConfigurableApplicationContext second = startHub()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM hub_delivery WHERE status = 'DELIVERED'", Integer.class) == count);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM hub_delivery WHERE status <> 'DELIVERED'", Integer.class))
                    .isZero();
        }
        Map<String, Long> perAlert = crm.upserts("Task").stream()
                .collect(Collectors.groupingBy(CrmStandIn.Upserted::externalId, Collectors.counting()));
        assertThat(perAlert).as("every notice reached the CRM").hasSize(count);
        assertThat(perAlert.values()).as("none was sent twice").allMatch(times -> times == 1);
    }

    private ConfigurableApplicationContext startHub(String... overrides) {
        String configDir = Path.of(System.getProperty("passerelle.config-dir", "../config")).toString();
        String[] args = Stream.of(
                        "server.port=0",
                        "spring.datasource.url=" + databaseUrl,
                        "spring.datasource.username=postgres",
                        "passerelle.config-dir=" + configDir,
                        "passerelle.systems.crm.type=crm-rest",
                        "passerelle.systems.crm.rest.base-url=" + crm.baseUrl(),
                        "passerelle.systems.crm.rest.token=faults-token",
                        "passerelle.systems.crm.rest.timeout=2s",
                        "passerelle.events.subscriptions[0].system=crm",
                        "passerelle.events.subscriptions[0].events[0]=PromotionPlanned",
                        "passerelle.events.subscriptions[0].events[1]=PromotionChanged",
                        "passerelle.delivery.poll-interval=100ms",
                        "passerelle.delivery.batch-size=10",
                        "passerelle.delivery.first-retry=300ms",
                        "passerelle.delivery.max-retry-delay=1s")
                .map(p -> "--" + p).toArray(String[]::new);
        // An override replaces the setting of the same name (given twice, Spring would join both values).
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
        Stream.concat(Stream.of(args), Stream.of(overrides).map(p -> "--" + p))
                .forEach(arg -> settings.put(arg.substring(0, arg.indexOf('=')), arg));
        args = settings.values().toArray(String[]::new);
        return new SpringApplicationBuilder(PasserelleApplication.class).profiles("test").run(args);
    }

    private static void customerKnownToTheCrm(ConfigurableApplicationContext hub) {
        ConversionTables tables = hub.getBean(ConversionTables.class);
        ChangeAuthor steward = ChangeAuthor.steward("sophie", "fault test");
        tables.createCanonical("customer", "CUST-R", "Retailer R", Map.of("gln", "5412345000013"), steward);
        tables.create(new Mapping(null, "customer", "crm", "0015g00000R1tLrAAJ", "CUST-R", true, null, null), steward);
    }

    /** A promotion offered to R; its terms say which version it is. */
    private static BoundaryEvent promotion(String id, int version) {
        String type = version == 1 ? "PromotionPlanned" : "PromotionChanged";
        return CanonicalJson.read("""
                {"type":"%s","promotion":{"id":"%s","productIds":["PRD-000001"],"customerIds":["CUST-R"],
                 "period":{"startDate":"2027-01-10","endDate":"2027-01-24"},
                 "conditions":{"discountPercent":20,"terms":"version v%d"},"expectedUpliftPercent":35}}"""
                .formatted(type, id, version), BoundaryEvent.class);
    }
}
