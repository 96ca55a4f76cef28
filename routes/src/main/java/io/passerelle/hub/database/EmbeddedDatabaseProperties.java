package io.passerelle.hub.database;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded PostgreSQL started when no external database is configured.
 *
 * @param dataDirectory where the cluster lives; kept across restarts
 * @param port          fixed so that psql and other tools can reach the demo database; 0 picks a free one
 */
@Validated
@ConfigurationProperties("passerelle.embedded-database")
public record EmbeddedDatabaseProperties(@NotNull Path dataDirectory, @PositiveOrZero int port) {
}
