package io.passerelle.hub.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.hub.ingress.HubIngress;
import io.passerelle.hub.ingress.InboundChange;
import io.passerelle.hub.testing.HubTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The hub's own figures as an operator's Prometheus reads them, over HTTP, from what waits in the real database. */
@HubTest
class HubMetricsTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BacklogGauges backlog;

    @Autowired
    HubIngress ingress;

    @Autowired
    CamelContext camel;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void whatWaitsForSomeoneIsAGaugePerSubscriberDomainAndPartner() throws IOException {
        UUID message = UUID.randomUUID();
        jdbc.update("INSERT INTO hub_outbox (message_id, subscriber, entity_key, message_type, payload, status, last_error)"
                + " VALUES (?, 'metrics-dead', 'product:P1', 'Product', '{}', 'DEAD', '400 bad picklist')", message);
        // Waiting for a retry an hour from now, queued two minutes ago: the dispatcher leaves it alone meanwhile.
        jdbc.update("INSERT INTO hub_outbox (message_id, subscriber, entity_key, message_type, payload, next_attempt_at,"
                + " created_at) VALUES (?, 'metrics-lagging', 'product:P1', 'Product', '{}', now() + interval '1 hour',"
                + " now() - interval '120 seconds')", message);
        jdbc.update("INSERT INTO xref_parked_message (domain, system, external_code, flow, body)"
                + " VALUES ('metrics-unit', 'wms', 'KRT', 'wms-stock-levels', '{}')");
        jdbc.update("INSERT INTO xref_unmapped (domain, system, external_code) VALUES ('metrics-unit', 'wms', 'KRT')");
        jdbc.update("INSERT INTO edi_interchange (partner, direction, file_name, status, report)"
                + " VALUES ('metrics-partner', 'IN', 'orders-1.edi', 'FAILED', 'UNB missing')");

        backlog.refresh();
        String scrape = scrape();

        assertThat(value(scrape, "passerelle_outbox_entries", "status=\"dead\",subscriber=\"metrics-dead\"")).isEqualTo(1);
        assertThat(value(scrape, "passerelle_outbox_entries", "status=\"pending\",subscriber=\"metrics-lagging\"")).isEqualTo(1);
        assertThat(value(scrape, "passerelle_outbox_oldest_pending_seconds", "subscriber=\"metrics-lagging\""))
                .isBetween(120.0, 3600.0);
        assertThat(value(scrape, "passerelle_xref_parked_messages", "domain=\"metrics-unit\",system=\"wms\"")).isEqualTo(1);
        assertThat(value(scrape, "passerelle_xref_unmapped_codes", "domain=\"metrics-unit\",system=\"wms\"")).isEqualTo(1);
        assertThat(value(scrape, "passerelle_edi_failed_interchanges", "partner=\"metrics-partner\"")).isEqualTo(1);

        // The example alert rules (docker/prometheus) name only metrics the hub exposes.
        ingress.refuse("metrics-source", "change-rejected", "MetricsProbe", "probe:1", List.of(), false, "unreadable");
        String withCounters = scrape();
        assertThat(alertRuleMetrics()).isNotEmpty().allSatisfy(metric ->
                assertThat(withCounters).as("the hub's scrape").containsPattern("(?m)^" + metric + "[{ ]"));

        // Replayed and delivered, the dead entry leaves the outbox: its line goes at the next read, not stuck at 1.
        jdbc.update("DELETE FROM hub_outbox WHERE subscriber = 'metrics-dead'");
        backlog.refresh();
        assertThat(scrape()).doesNotContain("subscriber=\"metrics-dead\"")
                .contains("subscriber=\"metrics-lagging\"");
    }

    @Test
    void changesReceivedAreCountedBySourceTypeAndOutcome() {
        String source = "metrics-source-" + UUID.randomUUID().toString().substring(0, 8);
        // A type nobody subscribes to: nothing is queued, only received.
        InboundChange change = new InboundChange(source, "change-1", "MetricsProbe", "currency:EUR", List.of(),
                Map.of("code", "EUR"));

        ingress.acceptAll(List.of(change));
        ingress.acceptAll(List.of(change));
        Optional<UUID> again = ingress.record(change);
        ingress.refuse(source, "change-2", "MetricsProbe", "currency:XXX", List.of(), true, "no currency mapping for 'XXX'");

        assertThat(again).isEmpty();
        String scrape = scrape();
        String tags = "source=\"" + source + "\",type=\"MetricsProbe\"";
        assertThat(value(scrape, "passerelle_messages_received_total", "outcome=\"accepted\"," + tags)).isEqualTo(1);
        assertThat(value(scrape, "passerelle_messages_received_total", "outcome=\"duplicate\"," + tags)).isEqualTo(2);
        assertThat(value(scrape, "passerelle_messages_received_total", "outcome=\"parked\"," + tags)).isEqualTo(1);
    }

    /** The hub's metrics the example alert rules use. */
    private static Set<String> alertRuleMetrics() throws IOException {
        Matcher names = Pattern.compile("passerelle_[a-z_]+").matcher(
                Files.readString(Path.of("..", "docker", "prometheus", "passerelle-alerts.yml")));
        Set<String> metrics = new TreeSet<>();
        while (names.find()) {
            metrics.add(names.group());
        }
        return metrics;
    }

    @Test
    void exchangesSentOutsideARouteAreTimedNextToThoseOfRoutes() throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:metrics-probe").routeId("metrics-probe").to("log:metrics-probe-route?level=DEBUG");
            }
        });
        // Added to a running hub under the supervising route controller, a route waits to be started.
        camel.getRouteController().startRoute("metrics-probe");
        ProducerTemplate template = camel.createProducerTemplate();
        template.sendBody("direct:metrics-probe", "through a route");
        // As the WMS adapter uploads a file: a producer template, no route.
        template.sendBody("log:metrics-probe-alone?level=DEBUG", "outside any route");
        template.stop();

        assertThat(scrape()).containsPattern("(?m)^camel_exchange_event_notifier_seconds_count\\{[^}]*"
                        + "endpointName=\"direct://metrics-probe\"[^}]*routeId=\"metrics-probe\"")
                .containsPattern("(?m)^camel_exchange_event_notifier_seconds_count\\{[^}]*"
                        + "endpointName=\"log://metrics-probe-alone[^\"]*\"[^}]*routeId=\"\"");
    }

    @Test
    void aBatchRolledBackIsNotCounted() {
        String source = "metrics-rollback-" + UUID.randomUUID().toString().substring(0, 8);
        InboundChange change = new InboundChange(source, "change-1", "MetricsProbe", "probe:1", List.of(), Map.of("n", 1));

        // As GroupCommit does with a batch that fails: rolled back, then done again.
        transactions.executeWithoutResult(status -> {
            ingress.acceptAll(List.of(change));
            status.setRollbackOnly();
        });
        ingress.acceptAll(List.of(change));

        assertThat(value(scrape(), "passerelle_messages_received_total",
                "outcome=\"accepted\",source=\"" + source + "\",type=\"MetricsProbe\"")).isEqualTo(1);
    }

    private String scrape() {
        return http.withBasicAuth("operator", "operator-test-password").getForObject("/actuator/prometheus", String.class);
    }

    /** The value of the line {@code name{tags}} (tags in Prometheus' order, by name), or fails saying what was there. */
    private static double value(String scrape, String name, String tags) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name + "{" + tags + "}") + " (\\S+)$").matcher(scrape);
        assertThat(line.find()).as(name + "{" + tags + "} in:\n" + scrape.lines()
                .filter(l -> l.startsWith(name)).reduce("", (a, b) -> a + b + "\n")).isTrue();
        return Double.parseDouble(line.group(1));
    }
}
