package io.passerelle.mappings.xref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.passerelle.mappings.testing.SharedPostgres;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A table that grows fast is analyzed by the hub itself, without waiting for autovacuum's next round. */
class PlannerStatisticsTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(SharedPostgres.newDatabase("statistics"));

    @Test
    void aTableIsAnalyzedOnceItHasGrownEnoughAndNotBefore() {
        jdbc.execute("CREATE TABLE code_table (id bigserial PRIMARY KEY, code text NOT NULL, payload jsonb)");
        jdbc.execute("ALTER TABLE code_table SET (autovacuum_enabled = false)"); // only we may analyze it
        PlannerStatistics.Table table = PlannerStatistics.Table.of("code_table", "id", "code");
        try (PlannerStatistics statistics = new PlannerStatistics(jdbc)) {
            jdbc.update("INSERT INTO code_table (code) SELECT 'C-' || n FROM generate_series(1, 5000) n");

            statistics.wrote(table, PlannerStatistics.MIN_ROWS - 1);
            sleep(300);
            assertThat(analyses()).as("too few rows written yet").isZero();

            statistics.wrote(table, 4000);
            await().atMost(Duration.ofSeconds(5)).until(() -> analyses() == 1);
            assertThat(jdbc.queryForObject("SELECT reltuples::bigint FROM pg_class WHERE relname = 'code_table'",
                    Long.class)).isEqualTo(5000);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_stats WHERE tablename = 'code_table'", Integer.class))
                    .as("only the columns named").isEqualTo(2);
        }
    }

    @Test
    void onlyIdentifiersAreAccepted() {
        assertThatThrownBy(() -> PlannerStatistics.Table.of("hub_outbox; DROP TABLE hub_message"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlannerStatistics.Table.of("hub_outbox", "status)"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private long analyses() {
        return jdbc.queryForObject("SELECT analyze_count FROM pg_stat_user_tables WHERE relname = 'code_table'",
                Long.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
