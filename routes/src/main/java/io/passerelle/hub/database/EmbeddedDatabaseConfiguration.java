package io.passerelle.hub.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * A real PostgreSQL 17 inside the hub's process tree, so a newcomer runs the hub with only a JDK.
 * Its data directory survives restarts. Setting SPRING_DATASOURCE_URL switches this off entirely.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath();
        // Binaries are unpacked next to the data, not in /tmp, which some hosts wipe or mount noexec.
        Path binaries = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-binaries");
        Files.createDirectories(dataDirectory);
        Files.createDirectories(binaries);
        boolean existing = Files.exists(dataDirectory.resolve("PG_VERSION"));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                // The outbox is a queue table: vacuumed within seconds, not once a minute (README.md, "Use your own PostgreSQL").
                .setServerConfig("autovacuum_naptime", "2s");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {} ({})", postgres.getPort(), dataDirectory, existing ? "existing data kept" : "new cluster");
        return postgres;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
    }
}
