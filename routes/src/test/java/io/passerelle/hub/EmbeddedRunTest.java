package io.passerelle.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's run mode: no SPRING_DATASOURCE_URL, so the hub starts its own PostgreSQL on a data
 * folder, and a second start finds what the first one wrote.
 */
class EmbeddedRunTest {

    private static final Path DATA = Path.of("target", "embedded-run-test", "postgres");

    @BeforeAll
    static void freshDataFolder() throws IOException {
        Path root = DATA.getParent();
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void theEmbeddedDatabaseKeepsItsDataAcrossRestarts() {
        String firstHash;
        try (ConfigurableApplicationContext hub = start()) {
            assertThat(hub.getBeansOfType(EmbeddedPostgres.class)).hasSize(1);
            JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SHOW server_version", String.class)).startsWith("17.");
            jdbc.execute("CREATE TABLE restart_probe (note text)");
            jdbc.update("INSERT INTO restart_probe VALUES ('written by the first start')");
            // The demo user had no password in the environment: the hub generated and stored one.
            firstHash = jdbc.queryForObject(
                    "SELECT password_hash FROM hub_generated_credential WHERE username = 'demo'", String.class);
        }
        assertThat(DATA.resolve("PG_VERSION")).exists();

        try (ConfigurableApplicationContext hub = start()) {
            JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT note FROM restart_probe", String.class))
                    .isEqualTo("written by the first start");
            assertThat(jdbc.queryForObject(
                    "SELECT password_hash FROM hub_generated_credential WHERE username = 'demo'", String.class))
                    .as("the password printed at first start stays valid").isEqualTo(firstHash);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PasserelleApplication.class).run(
                "--server.port=0",
                "--passerelle.embedded-database.data-directory=" + DATA,
                "--passerelle.embedded-database.port=0",
                "--passerelle.security.users[0].name=demo",
                "--passerelle.security.users[0].roles=operator",
                "--logging.level.root=warn");
    }
}
