package io.passerelle.hub.connector.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.passerelle.hub.PasserelleApplication;
import io.passerelle.hub.testing.HubTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Two hub instances (two Spring contexts) claiming from one ERP table: every row is taken by exactly one. */
@HubTest
class ErpTwoInstancesTest {

    static final List<String> ERP = List.of(
            "passerelle.systems.erp.type=erp-staging-tables",
            "passerelle.systems.erp.poll-interval=50ms",
            "passerelle.systems.erp.staging-tables.schema=erp",
            "passerelle.systems.erp.staging-tables.batch-size=25");

    @DynamicPropertySource
    static void erp(DynamicPropertyRegistry registry) {
        ERP.forEach(p -> registry.add(p.substring(0, p.indexOf('=')), () -> p.substring(p.indexOf('=') + 1)));
    }

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Value("${passerelle.config-dir}")
    String configDir;

    /** A GTIN-13 with its GS1 check digit. */
    static String gtin13(long twelveDigits) {
        String body = String.format("%012d", twelveDigits);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(11 - i) - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return body + (10 - sum % 10) % 10;
    }

    @Test
    void twoInstancesNeverTakeTheSameRow() {
        String[] args = java.util.stream.Stream.concat(ERP.stream(), java.util.stream.Stream.of("server.port=0",
                        "spring.datasource.url=" + databaseUrl, "passerelle.config-dir=" + configDir))
                .map(p -> "--" + p).toArray(String[]::new);
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(PasserelleApplication.class)
                .profiles("test").run(args)) {
            List<Object[]> rows = new java.util.ArrayList<>();
            for (int n = 1; n <= 2000; n++) {
                rows.add(new Object[] {"MAT-" + n, gtin13(400000000000L + n), "Product " + n});
            }
            jdbc.batchUpdate("INSERT INTO erp.to_hub_product (material_number, gtin, description, base_unit)"
                    + " VALUES (?, ?, ?, 'PCE')", rows);

            await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM erp.to_hub_product WHERE status <> 'DONE'", Integer.class) == 0);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hub_message WHERE source_system = 'erp'", Integer.class))
                .isEqualTo(2000);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hub_message_hop WHERE step = 'DUPLICATE'", Integer.class))
                .as("no row was processed twice").isZero();
        List<Map<String, Object>> byInstance = jdbc.queryForList(
                "SELECT claimed_by, count(*) AS rows FROM erp.to_hub_product GROUP BY claimed_by");
        assertThat(byInstance).as("both instances took rows: %s", byInstance).hasSize(2);
    }
}
