package io.passerelle.mappings.xref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.passerelle.mappings.testing.SharedPostgres;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A table that grows fast is analyzed by the hub itself, without waiting for autovacuum's next round. Whether
 * it was analyzed is read from pg_class: its row estimate stays -1 until the table's first analysis.
 */
class PlannerStatisticsTest {

    private final DataSource dataSource = SharedPostgres.newDatabase("statistics");
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final PlannerStatistics.Table table = PlannerStatistics.Table.of("code_table", "id", "code");

    @BeforeEach
    void aTableOnlyWeMayAnalyze() {
        jdbc.execute("CREATE TABLE code_table (id bigserial PRIMARY KEY, code text NOT NULL, payload jsonb)"
                + " WITH (autovacuum_enabled = false)");
        jdbc.update("INSERT INTO code_table (code) SELECT 'C-' || n FROM generate_series(1, 5000) n");
    }

    @Test
    void aTableIsAnalyzedOnceItHasGrownEnoughAndNotBefore() throws InterruptedException {
        try (PlannerStatistics statistics = new PlannerStatistics(jdbc)) {
            statistics.wrote(table, PlannerStatistics.MIN_ROWS - 1);
            Thread.sleep(500);
            assertThat(estimatedRows()).as("too few rows written yet: never analyzed").isEqualTo(-1);

            statistics.wrote(table, 4000);

            await().atMost(Duration.ofSeconds(5)).until(() -> estimatedRows() == 5000);
            assertThat(jdbc.queryForList("SELECT attname FROM pg_stats WHERE tablename = 'code_table'", String.class))
                    .as("only the columns named").containsExactlyInAnyOrder("id", "code");
        }
    }

    @Test
    void aQueueThatPassesRowsThroughAtASteadySizeIsNotAnalyzedButOneThatGrowsIs() throws InterruptedException {
        try (PlannerStatistics statistics = new PlannerStatistics(jdbc)) {
            for (int i = 0; i < 10; i++) {
                statistics.wrote(table, 1000);
                statistics.removed(table, 1000);
            }
            Thread.sleep(500);
            assertThat(estimatedRows()).as("10,000 rows through, none more than before: never analyzed").isEqualTo(-1);

            statistics.wrote(table, PlannerStatistics.MIN_ROWS);

            await().atMost(Duration.ofSeconds(5)).until(() -> estimatedRows() == 5000);
        }
    }

    @Test
    void rowsWrittenInATransactionCountOnlyOnceItCommits() throws InterruptedException {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        try (PlannerStatistics statistics = new PlannerStatistics(jdbc)) {
            transaction.executeWithoutResult(status -> {
                statistics.wrote(table, 5000);
                status.setRollbackOnly();
            });
            Thread.sleep(500);
            assertThat(estimatedRows()).as("rolled back: nothing grew").isEqualTo(-1);

            transaction.executeWithoutResult(status -> statistics.wrote(table, 5000));

            await().atMost(Duration.ofSeconds(5)).until(() -> estimatedRows() == 5000);
        }
    }

    @Test
    void onlyIdentifiersAreAccepted() {
        assertThatThrownBy(() -> PlannerStatistics.Table.of("hub_outbox; DROP TABLE hub_message"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlannerStatistics.Table.of("hub_outbox", "status)"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private long estimatedRows() {
        return jdbc.queryForObject("SELECT reltuples::bigint FROM pg_class WHERE relname = 'code_table'", Long.class);
    }
}
