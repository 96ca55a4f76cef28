package io.passerelle.hub.testing;

import io.passerelle.mappings.testing.SharedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test context at a new database on the shared test PostgreSQL, unless the test already chose
 * one (two contexts that must share a database set spring.datasource.url themselves). The server is stopped
 * after the contexts, when the JVM exits.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        SharedPostgres.stopWith(SpringApplication.getShutdownHandlers()::add);
        if (context.getEnvironment().containsProperty("spring.datasource.url")) {
            return;
        }
        TestPropertyValues.of(
                "spring.datasource.url=" + SharedPostgres.newDatabaseUrl("hub"),
                "spring.datasource.username=postgres").applyTo(context);
    }
}
