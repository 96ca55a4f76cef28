package io.passerelle.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.hub.testing.HubTest;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;

/** A route whose endpoint cannot start must not keep the hub, or its other routes, down. */
@HubTest
class SupervisedStartTest {

    @TestConfiguration
    static class Routes {
        @Bean
        RouteBuilder unreachableAndHealthyRoutes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    // Stands for an SFTP server that is down: the consumer throws each time it starts.
                    from("file:target/no-such-inbox?autoCreate=false&startingDirectoryMustExist=true").routeId("unreachable-inbox")
                            .log("never");
                    from("timer:heartbeat?period=60000").routeId("healthy-heartbeat").log("alive");
                }
            };
        }
    }

    @Autowired
    CamelContext camel;

    @Autowired
    TestRestTemplate http;

    @Test
    void theHubIsUpWhileTheBrokenRouteIsSupervised() {
        assertThat(camel.getRouteController().getRouteStatus("healthy-heartbeat")).isEqualTo(ServiceStatus.Started);
        assertThat(camel.getRouteController().getRouteStatus("unreachable-inbox")).isNotEqualTo(ServiceStatus.Started);
        assertThat(camel.getRouteController().isSupervising()).isTrue();
        assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        // Operators still see which route is down, by name.
        String details = http.withBasicAuth("operator", "operator-test-password")
                .getForEntity("/actuator/health", String.class).getBody();
        assertThat(details).contains("\"route:unreachable-inbox\":\"DOWN\"");
    }
}
