package io.passerelle.mappings.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL 17 per test JVM (zonky's binaries), so tests across modules and Spring contexts
 * pay the start-up once. Each caller that wants isolation asks for its own fresh database.
 */
public final class SharedPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile EmbeddedPostgres server;
    private static volatile boolean stopHandedOver;

    private SharedPostgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path workDir = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
                Files.createDirectories(workDir);
                // Stopped by the hook below, or by whoever it is handed to (stopWith), not by zonky's own hook,
                // which would race the test contexts still closing.
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setOverrideWorkingDirectory(workDir.toFile())
                        .setRegisterShutdownHook(false)
                        // As the hub's own database is set up (README.md, "Use your own PostgreSQL"): the outbox is a queue table.
                        .setServerConfig("autovacuum_naptime", "2s");
                serverSettings().forEach(builder::setServerConfig);
                server = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the test PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (!stopHandedOver) {
                    stop();
                }
            }, "stop-test-postgres"));
        }
        return server;
    }

    /**
     * Extra server settings for a diagnosis, as {@code -Dpasserelle.test-postgres.settings=key=value,key=value}:
     * a benchmark run with {@code shared_preload_libraries=pg_stat_statements} can show where the database
     * spends its time.
     */
    private static java.util.Map<String, String> serverSettings() {
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
        String given = System.getProperty("passerelle.test-postgres.settings", "");
        for (String setting : given.split(",")) {
            int equals = setting.indexOf('=');
            if (equals > 0) {
                settings.put(setting.substring(0, equals).trim(), setting.substring(equals + 1).trim());
            }
        }
        return settings;
    }

    /** Creates an empty database and returns its JDBC URL (user postgres, no password). */
    public static String newDatabaseUrl(String prefix) {
        String name = prefix.toLowerCase().replaceAll("[^a-z0-9_]", "_") + "_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    public static DataSource newDatabase(String prefix) {
        String url = newDatabaseUrl(prefix);
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser("postgres");
        return ds;
    }

    /**
     * Hands the server's stop at the JVM's exit to {@code registrar}, to run once its users are done: Spring
     * Boot's shutdown handlers run after every application context is closed. JVM shutdown hooks run side by
     * side, so a server stopped by its own hook could go while the test contexts still cached at exit close,
     * each of their pools then waiting for a connection that never comes (surefire kills such a JVM after 30 s).
     */
    public static synchronized void stopWith(java.util.function.Consumer<Runnable> registrar) {
        if (!stopHandedOver) {
            registrar.accept(SharedPostgres::stop);
            stopHandedOver = true;
        }
    }

    private static void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException ignored) {
            // the JVM is exiting; the extracted server dies with its process group anyway
        }
    }
}
