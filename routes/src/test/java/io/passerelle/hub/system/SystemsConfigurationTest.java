package io.passerelle.hub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.passerelle.hub.PasserelleApplication;
import io.passerelle.mappings.testing.SharedPostgres;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;

/** A mistake in config/systems.yml stops the start with the key at fault and what is wrong. */
class SystemsConfigurationTest {

    private static ThrowableAssert.ThrowingCallable start(String... systemSettings) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=0",
                        "--spring.datasource.url=" + SharedPostgres.newDatabaseUrl("systems"),
                        "--spring.datasource.username=postgres", "--logging.level.root=off"),
                java.util.Arrays.stream(systemSettings).map(s -> "--" + s)).toArray(String[]::new);
        return () -> new SpringApplicationBuilder(PasserelleApplication.class).profiles("test").run(args).close();
    }

    @Test
    void aMissingSettingsBlockIsNamed() {
        assertThatThrownBy(start("passerelle.systems.erp.type=erp-staging-tables"))
                .rootCause().hasMessageContaining(
                        "config/systems.yml: passerelle.systems.erp.staging-tables is required for connector type erp-staging-tables");
    }

    @Test
    void anUnknownConnectorTypeIsNamedWithItsKey() {
        assertThatThrownBy(start("passerelle.systems.erp.type=erp-tables"))
                .hasStackTraceContaining("passerelle.systems.erp.type")
                .hasStackTraceContaining("erp-tables");
    }

    @Test
    void anUnsafeSchemaNameIsRefused() {
        assertThatThrownBy(start("passerelle.systems.erp.type=erp-staging-tables",
                "passerelle.systems.erp.staging-tables.schema=erp; drop table x"))
                .satisfies(failure -> {
                    // What Spring Boot's start-up failure report prints: the property, its value, the reason.
                    Throwable cause = failure;
                    while (!(cause instanceof BindValidationException)) {
                        cause = cause.getCause();
                    }
                    assertThat(((BindValidationException) cause).getValidationErrors().getAllErrors())
                            .singleElement().satisfies(error -> {
                                assertThat(((org.springframework.validation.FieldError) error).getField())
                                        .isEqualTo("systems[erp].stagingTables.schema");
                                assertThat(error.getDefaultMessage()).isEqualTo("must be a plain lower-case SQL identifier");
                            });
                });
    }
}
