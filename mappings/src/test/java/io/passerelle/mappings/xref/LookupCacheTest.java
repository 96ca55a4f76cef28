package io.passerelle.mappings.xref;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A code no system has (a WMS item code nobody mapped) costs one database query per snapshot of the cache, not
 * one per record; and what the database said was missing is forgotten as soon as a change is known.
 */
class LookupCacheTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final LookupCache cache = new LookupCache(domain -> List.of(
            new Mapping(1L, "product", "erp", "MAT-1", "PRD-1", true, null, null)));
    private final AtomicInteger queries = new AtomicInteger();

    private Supplier<String> database(String answer) {
        return () -> {
            queries.incrementAndGet();
            return answer;
        };
    }

    @Test
    void aCodeTheDatabaseConfirmedMissingIsNotAskedForAgain() {
        cache.reload("product");

        for (int record = 0; record < 100; record++) {
            assertThat(cache.externalOf("product", "wms", "PRD-1", TODAY, database(null))).isNull();
            assertThat(cache.canonicalOf("product", "wms", "ITEM-1", TODAY, database(null))).isNull();
        }

        assertThat(queries).as("one query per code and direction").hasValue(2);
    }

    @Test
    void aCodeInTheCacheNeverAsksTheDatabase() {
        cache.reload("product");

        assertThat(cache.externalOf("product", "erp", "PRD-1", TODAY, database(null))).isEqualTo("MAT-1");
        assertThat(cache.canonicalOf("product", "erp", "MAT-1", TODAY, database(null))).isEqualTo("PRD-1");
        assertThat(queries).hasValue(0);
    }

    @Test
    void aCodeFoundOnlyInTheDatabaseIsAskedForEachTimeUntilTheCacheHasIt() {
        cache.reload("product");

        assertThat(cache.externalOf("product", "wms", "PRD-1", TODAY, database("ITEM-1"))).isEqualTo("ITEM-1");
        assertThat(cache.externalOf("product", "wms", "PRD-1", TODAY, database("ITEM-1"))).isEqualTo("ITEM-1");
        assertThat(queries).as("a found code is never remembered as missing").hasValue(2);
    }

    @Test
    void aCodeLearnedHereIsFoundAndNoLongerMissing() {
        cache.reload("product");
        assertThat(cache.externalOf("product", "wms", "PRD-1", TODAY, database(null))).isNull();
        assertThat(cache.canonicalOf("product", "crm", "01t-9", TODAY, database(null))).isNull();

        cache.learned("product", List.of(new Mapping(2L, "product", "wms", "ITEM-1", "PRD-1", true, null, null)));

        assertThat(cache.externalOf("product", "wms", "PRD-1", TODAY, database(null))).isEqualTo("ITEM-1");
        assertThat(cache.canonicalOf("product", "crm", "01t-9", TODAY, database(null)))
                .as("still known missing: the learned mapping is another code").isNull();
        assertThat(queries).hasValue(2);
    }

    @Test
    void aChangeNotifiedForTheDomainMakesMissesAskTheDatabaseAgainAtOnce() {
        cache.reload("product");
        assertThat(cache.externalOf("product", "wms", "PRD-1", TODAY, database(null))).isNull();

        // Another instance committed a mapping: its notification arrives before the reload has run.
        cache.reloadSoon("product");

        assertThat(cache.externalOf("product", "wms", "PRD-1", TODAY, database("ITEM-1"))).isEqualTo("ITEM-1");
        assertThat(queries).hasValue(2);
    }

    @Test
    void anotherDayAsksAgain() {
        cache.reload("product");
        assertThat(cache.externalOf("product", "wms", "PRD-1", TODAY, database(null))).isNull();

        assertThat(cache.externalOf("product", "wms", "PRD-1", TODAY.plusDays(1), database(null))).isNull();

        assertThat(queries).hasValue(2);
    }
}
