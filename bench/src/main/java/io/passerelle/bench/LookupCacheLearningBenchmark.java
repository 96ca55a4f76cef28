package io.passerelle.bench;

import io.passerelle.mappings.xref.LookupCache;
import io.passerelle.mappings.xref.Mapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the conversion tables' cache costs a bulk load: 100,000 products learned in batches of 500, as a claimed
 * batch of an ERP's product table adds them, into a cache that already holds a domain of {@code existing}
 * mappings. After each batch, the products' WMS item codes are looked up and found missing, as the WMS file of
 * that batch does (nobody has mapped them yet), so the codes the cache remembers as missing grow with the load.
 * One operation is the whole load; no database (the cache alone).
 *
 * <pre>java -jar bench/target/benchmarks.jar LookupCacheLearning</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
@State(Scope.Benchmark)
public class LookupCacheLearningBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final int PRODUCTS = 100_000;
    private static final int BATCH = 500;

    @Param({"0", "100000"})
    public int existing;

    private List<List<Mapping>> batches;
    private LookupCache cache;

    @Setup(Level.Trial)
    public void batches() {
        batches = new ArrayList<>();
        for (int first = 0; first < PRODUCTS; first += BATCH) {
            List<Mapping> batch = new ArrayList<>(BATCH);
            for (int n = first; n < first + BATCH; n++) {
                long id = existing + n + 1L;
                batch.add(new Mapping(id, "product", "erp", "MAT-" + id, "PRD-" + id, true, null, null));
            }
            batches.add(batch);
        }
    }

    /** A fresh cache for each load: the domain as read. */
    @Setup(Level.Invocation)
    public void cache() {
        List<Mapping> domain = new ArrayList<>(existing);
        for (long id = 1; id <= existing; id++) {
            domain.add(new Mapping(id, "product", "erp", "MAT-" + id, "PRD-" + id, true, null, null));
        }
        cache = new LookupCache(name -> domain);
        cache.reload("product");
    }

    @Benchmark
    public String learnOneHundredThousandProducts() {
        for (List<Mapping> batch : batches) {
            cache.learned("product", batch);
            for (Mapping learned : batch) {
                cache.externalOf("product", "wms", learned.canonicalCode(), TODAY, () -> null);
            }
        }
        return cache.canonicalOf("product", "erp", "MAT-" + (existing + PRODUCTS), TODAY);
    }
}
