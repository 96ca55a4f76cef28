package io.passerelle.hub.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/**
 * An ERP's interface tables.
 *
 * @param schema    the database schema holding them (the demo ERP's is {@code erp})
 * @param jdbcUrl   the ERP database; empty means the hub's own database (the embedded demo)
 * @param batchSize rows claimed per poll
 * @param lease     how long a claimed row stays with an instance before another may take it over
 */
public record StagingTables(@NotBlank @Pattern(regexp = "[a-z_][a-z0-9_]*", message = "must be a plain lower-case SQL identifier") String schema, String jdbcUrl, String username, String password,
                            @Positive int batchSize, Duration lease) {

    public StagingTables {
        lease = lease == null ? Duration.ofSeconds(60) : lease;
        batchSize = batchSize == 0 ? 200 : batchSize;
    }
}
