package io.passerelle.hub.xref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.passerelle.hub.PasserelleApplication;
import io.passerelle.hub.testing.HubTest;
import io.passerelle.mappings.xref.ConversionTables;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;

/** Two hub instances (two Spring contexts) on one database: a steward's change on one is used by the other within 1 s. */
@HubTest
class SecondInstanceCacheTest {

    @Autowired
    TestRestTemplate http;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Value("${passerelle.config-dir}")
    String configDir;

    @Test
    void aMappingMadeOnOneInstanceIsUsedByTheOtherWithinOneSecond() {
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(PasserelleApplication.class)
                .profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + databaseUrl, "--passerelle.config-dir=" + configDir)) {
            ConversionTables secondTables = second.getBean(ConversionTables.class);
            TestRestTemplate steward = http.withBasicAuth("steward", "steward-test-password");
            steward.postForEntity("/api/xref/domains/production-line/canonical",
                    Map.of("code", "P1-L2", "label", "Plant 1 line 2", "reason", "scenario"), Map.class);
            assertThat(secondTables.cache().canonicalOf("production-line", "erp", "L2", LocalDate.now())).isNull();

            steward.postForEntity("/api/xref/domains/production-line/mappings",
                    Map.of("system", "erp", "externalCode", "L2", "canonicalCode", "P1-L2", "reason", "scenario"), Map.class);
            long mappedAt = System.nanoTime();

            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10)).until(() ->
                    "P1-L2".equals(secondTables.cache().canonicalOf("production-line", "erp", "L2", LocalDate.now())));
            assertThat((System.nanoTime() - mappedAt) / 1_000_000).isLessThan(1000);
        }
    }
}
