package io.passerelle.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.hub.testing.HubTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@HubTest
class HubFoundationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flywayAppliedEveryMigrationOnTheRealPostgres() {
        String version = jdbc.queryForObject("SHOW server_version", String.class);
        assertThat(version).startsWith("17.");
        List<Map<String, Object>> failed = jdbc.queryForList(
                "SELECT version, description FROM flyway_schema_history WHERE NOT success");
        assertThat(failed).isEmpty();
        assertThat(jdbc.queryForList("SELECT script FROM flyway_schema_history", String.class))
                .anySatisfy(script -> assertThat(script).contains("generated_credentials"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hub_generated_credential", Integer.class)).isZero();
    }

    @Test
    void healthAndProbesAreOpenAndUp() {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            ResponseEntity<String> response = http.getForEntity(path, String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody()).as(path).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void healthDetailsNameTheDatabaseAndCamelForAnOperator() {
        ResponseEntity<String> response = http.withBasicAuth("operator", "operator-test-password")
                .getForEntity("/actuator/health", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"db\"").contains("\"camelHealth\"").contains("PostgreSQL");
    }

    @Test
    void anUnauthenticatedRequestIsRefused() {
        ResponseEntity<String> response = http.getForEntity("/api/me", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aWrongPasswordIsRefused() {
        ResponseEntity<String> response = http.withBasicAuth("steward", "not-the-password")
                .getForEntity("/api/me", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anAuthenticatedRequestIsAcceptedWithItsRoles() {
        ResponseEntity<Map> response = http.withBasicAuth("admin", "admin-test-password")
                .getForEntity("/api/me", Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("name", "admin")
                .containsEntry("roles", List.of("admin", "operator", "steward"));
    }

    @Test
    void metricsNeedAnOperatorAndExposeCamelAndJvmFigures() {
        assertThat(http.withBasicAuth("partner-r", "partner-test-password")
                .getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> response = http.withBasicAuth("operator", "operator-test-password")
                .getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("jvm_memory_used_bytes").contains("camel_");
    }
}
