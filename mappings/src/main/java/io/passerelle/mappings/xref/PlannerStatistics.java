package io.passerelle.mappings.xref;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps PostgreSQL's planner statistics of fast-growing tables current during a bulk load. Autovacuum
 * analyzes a table at most once a minute; a load that grows a table from nothing to 100,000 rows in that
 * time leaves the planner believing it empty, and a batch lookup ({@code code = ANY(?)} over 500 codes) is
 * then planned as a filter over the whole domain: each batch slower than the last (measured: 1 ms against
 * 120 ms per lookup at 20,000 mappings). A table is analyzed, in the background, once the rows written
 * since its last analysis reach half its size (at least {@value #MIN_ROWS}): a load of N rows costs about
 * log2(N) analyses. At a steady pace autovacuum's own analysis comes first and this does nothing.
 */
public final class PlannerStatistics implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");
    static final int MIN_ROWS = 2_000;

    private final JdbcTemplate jdbc;
    private final Map<String, Growth> tables = new ConcurrentHashMap<>();
    private final ExecutorService analyzer = Executors.newSingleThreadExecutor(
            BackgroundThreads.named("planner-statistics"));

    public PlannerStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final class Growth {
        final AtomicLong sinceAnalysis = new AtomicLong();
        final AtomicBoolean analyzing = new AtomicBoolean();
        volatile long rowsAtAnalysis;
    }

    /**
     * A table, and the columns its queries filter or join on (none: all of them). Naming the columns keeps
     * a table's large payloads (JSON documents) out of the analysis, which would otherwise cost more than it saves.
     */
    public record Table(String name, List<String> columns) {

        public Table {
            for (String identifier : columns.isEmpty() ? List.of(name) : concat(name, columns)) {
                if (!IDENTIFIER.matcher(identifier).matches()) {
                    throw new IllegalArgumentException("not an SQL identifier: " + identifier);
                }
            }
            columns = List.copyOf(columns);
        }

        public static Table of(String name, String... columns) {
            return new Table(name, List.of(columns));
        }

        private static List<String> concat(String name, List<String> columns) {
            List<String> all = new java.util.ArrayList<>(columns);
            all.add(name);
            return all;
        }

        String analyzeStatement() {
            return "ANALYZE " + name + (columns.isEmpty() ? "" : " (" + String.join(", ", columns) + ")");
        }
    }

    /**
     * Rows written to a table (inserted or updated); inside a transaction they count once it commits, as an
     * analysis sees only committed rows (and a rolled-back batch grew nothing).
     */
    public void wrote(Table table, int rows) {
        afterCommit(table, rows);
    }

    /**
     * Rows deleted from a queue table (written, then deleted once handled): they take back what their insertion
     * counted, so that a queue analyzed at a steady size is not analyzed again at every few thousand entries
     * that pass through it, while a backlog that grows is analyzed as any growing table.
     */
    public void removed(Table table, int rows) {
        afterCommit(table, -rows);
    }

    private void afterCommit(Table table, int rows) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    grew(table, rows);
                }
            });
        } else {
            grew(table, rows);
        }
    }

    private void grew(Table table, int rows) {
        Growth growth = tables.computeIfAbsent(table.name(), t -> new Growth());
        long since = growth.sinceAnalysis.addAndGet(rows);
        if (since >= Math.max(MIN_ROWS, growth.rowsAtAnalysis / 2) && growth.analyzing.compareAndSet(false, true)) {
            analyzer.execute(() -> analyze(table, growth));
        }
    }

    private void analyze(Table table, Growth growth) {
        try {
            growth.sinceAnalysis.set(0);
            long start = System.nanoTime();
            jdbc.execute(table.analyzeStatement());
            log.debug("Analyzed {} in {} ms", table.name(), (System.nanoTime() - start) / 1_000_000);
            Long rows = jdbc.queryForObject("SELECT reltuples::bigint FROM pg_class WHERE oid = CAST(? AS regclass)",
                    Long.class, table.name());
            growth.rowsAtAnalysis = rows == null ? 0 : Math.max(0, rows);
        } catch (RuntimeException e) {
            // Only the plans suffer: autovacuum analyzes the table in its own time.
            log.debug("Could not analyze {}: {}", table.name(), e.getMessage());
        } finally {
            growth.analyzing.set(false);
        }
    }

    @Override
    public void close() {
        analyzer.shutdownNow();
    }
}
