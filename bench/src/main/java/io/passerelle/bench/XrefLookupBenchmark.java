package io.passerelle.bench;

import io.passerelle.mappings.testing.SharedPostgres;
import io.passerelle.mappings.xref.ConversionTables;
import io.passerelle.mappings.xref.LookupCache;
import io.passerelle.mappings.xref.MissingCodePolicy;
import io.passerelle.mappings.xref.XrefDomain;
import io.passerelle.mappings.xref.XrefDomains;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A product-code lookup through the conversion tables' cache, next to the same lookup as one indexed SQL
 * query per call (prepared statement, connection held) against the same PostgreSQL, in one run.
 * ERP product codes looked up in random order, one thread.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class XrefLookupBenchmark {

    private static final int MASK = 65_535;

    /** How many ERP product codes the table holds: a small value list and a large product master. */
    @Param({"1000", "50000"})
    public int codes;

    private LookupCache cache;
    private Connection connection;
    private PreparedStatement query;
    private String[] probes;
    private LocalDate today;
    private Date sqlToday;
    private int next;

    @Setup(Level.Trial)
    public void load() throws SQLException {
        DataSource dataSource = SharedPostgres.newDatabase("bench");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/mappings").load().migrate();
        XrefDomains domains = new XrefDomains(List.of(new XrefDomain("product", false, List.of("gtin"), "erp", "PRD",
                Map.of("*", MissingCodePolicy.reject()))));
        ConversionTables tables = new ConversionTables(domains, dataSource, new DataSourceTransactionManager(dataSource));
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("INSERT INTO xref_canonical (domain, code, label, created_by)"
                    + " SELECT 'product', 'PRD-' || n, 'Product ' || n, 'bench' FROM generate_series(1, " + codes + ") n");
            c.createStatement().execute("INSERT INTO xref_mapping (domain, system, external_code, canonical_code, preferred)"
                    + " SELECT 'product', 'erp', 'MAT-' || n, 'PRD-' || n, true FROM generate_series(1, " + codes + ") n");
            c.createStatement().execute("ANALYZE xref_mapping");
        }
        tables.reloadAll();
        cache = tables.cache();
        connection = dataSource.getConnection();
        query = connection.prepareStatement("SELECT canonical_code FROM xref_mapping WHERE domain = ? AND system = ?"
                + " AND external_code = ? AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to > ?)");
        Random random = new Random(42);
        probes = new String[MASK + 1];
        for (int i = 0; i < probes.length; i++) {
            probes[i] = "MAT-" + (1 + random.nextInt(codes));
        }
        today = LocalDate.now();
        sqlToday = Date.valueOf(today);
        if (cachedLookup() == null || sqlLookup() == null) {
            throw new IllegalStateException("the benchmark data did not load");
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
    }

    @Benchmark
    public String cachedLookup() {
        return cache.canonicalOf("product", "erp", probes[next++ & MASK], today);
    }

    @Benchmark
    public String sqlLookup() throws SQLException {
        query.setString(1, "product");
        query.setString(2, "erp");
        query.setString(3, probes[next++ & MASK]);
        query.setDate(4, sqlToday);
        query.setDate(5, sqlToday);
        try (ResultSet rs = query.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
