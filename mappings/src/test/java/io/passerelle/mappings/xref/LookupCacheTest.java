package io.passerelle.mappings.xref;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A code no system has (a WMS item code nobody mapped) costs one database query per snapshot of the cache, not
 * one per record; and what the database said was missing is forgotten as soon as a change is known. Codes a
 * bulk load learns are found at once, whatever the number of batches.
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

    @Test
    void manyLearnedBatchesAreAllFoundBothWays() {
        cache.reload("product");

        for (int batch = 0; batch < 30; batch++) { // past several merges of the recent layer into the base
            List<Mapping> learned = new ArrayList<>();
            for (int n = 0; n < 500; n++) {
                int product = batch * 500 + n + 2;
                learned.add(new Mapping((long) product, "product", "erp", "MAT-" + product, "PRD-" + product, true,
                        null, null));
            }
            cache.learned("product", learned);
            assertThat(cache.canonicalOf("product", "erp", "MAT-" + (batch * 500 + 2), TODAY)).isEqualTo("PRD-" + (batch * 500 + 2));
        }

        for (int product = 1; product <= 15_001; product++) {
            assertThat(cache.canonicalOf("product", "erp", "MAT-" + product, TODAY)).isEqualTo("PRD-" + product);
            assertThat(cache.externalOf("product", "erp", "PRD-" + product, TODAY)).isEqualTo("MAT-" + product);
        }
    }

    @Test
    void aCodeRetiredInTheSnapshotAndLearnedAgainAnswersByDay() {
        LookupCache retired = new LookupCache(domain -> List.of(
                new Mapping(1L, "product", "erp", "MAT-1", "PRD-1", true, null, TODAY)));
        retired.reload("product");

        retired.learned("product", List.of(new Mapping(2L, "product", "erp", "MAT-1", "PRD-2", true, TODAY, null)));

        assertThat(retired.canonicalOf("product", "erp", "MAT-1", TODAY.minusDays(1))).isEqualTo("PRD-1");
        assertThat(retired.canonicalOf("product", "erp", "MAT-1", TODAY)).isEqualTo("PRD-2");
        assertThat(retired.externalOf("product", "erp", "PRD-1", TODAY)).isNull();
        assertThat(retired.externalOf("product", "erp", "PRD-2", TODAY)).isEqualTo("MAT-1");
    }

    @Test
    void aCodeWhosePeriodsWereLearnedInSeveralBatchesAnswersByDayBothWays() {
        LookupCache cache = new LookupCache(domain -> List.of(
                new Mapping(1L, "product", "erp", "MAT-1", "PRD-1", true, null, TODAY)));
        cache.reload("product");
        List<Mapping> large = new ArrayList<>();
        large.add(new Mapping(2L, "product", "erp", "MAT-1", "PRD-2", true, TODAY, TODAY.plusDays(10)));
        for (int n = 0; n < 600; n++) {
            large.add(new Mapping(10L + n, "product", "erp", "OTHER-" + n, "PRD-OTHER-" + n, true, null, null));
        }
        cache.learned("product", large);
        // Small next to the batch before it: kept in a layer of its own, in front of that batch's and the base.
        cache.learned("product", List.of(new Mapping(3L, "product", "erp", "MAT-1", "PRD-3", true, TODAY.plusDays(10), null)));

        assertThat(cache.canonicalOf("product", "erp", "MAT-1", TODAY.minusDays(1))).isEqualTo("PRD-1");
        assertThat(cache.canonicalOf("product", "erp", "MAT-1", TODAY)).isEqualTo("PRD-2");
        assertThat(cache.canonicalOf("product", "erp", "MAT-1", TODAY.plusDays(10))).isEqualTo("PRD-3");
        assertThat(cache.canonicalOf("product", "erp", "OTHER-599", TODAY)).isEqualTo("PRD-OTHER-599");
        assertThat(cache.externalOf("product", "erp", "PRD-1", TODAY.minusDays(1))).isEqualTo("MAT-1");
        assertThat(cache.externalOf("product", "erp", "PRD-2", TODAY)).isEqualTo("MAT-1");
        assertThat(cache.externalOf("product", "erp", "PRD-3", TODAY.plusDays(10))).isEqualTo("MAT-1");
        assertThat(cache.externalOf("product", "erp", "PRD-2", TODAY.plusDays(10))).isNull();
    }

    @Test
    void whatTheDatabaseSaidMissingStaysKnownAcrossALoadButForTheCodesItLearned() {
        cache.reload("product");
        assertThat(cache.externalOf("product", "wms", "PRD-2", TODAY, database(null))).isNull();
        assertThat(cache.externalOf("product", "wms", "PRD-3", TODAY, database(null))).isNull();

        for (int batch = 0; batch < 4; batch++) { // past the merge of the learned layers into the base
            List<Mapping> learned = new ArrayList<>();
            for (int n = 0; n < 500; n++) {
                int product = batch * 500 + n + 2;
                learned.add(new Mapping((long) product, "product", "wms", "ITEM-" + product, "PRD-" + product, true,
                        null, null));
            }
            learned.removeIf(mapping -> mapping.canonicalCode().equals("PRD-3"));
            cache.learned("product", learned);
        }

        assertThat(cache.externalOf("product", "wms", "PRD-2", TODAY, database(null))).isEqualTo("ITEM-2");
        assertThat(cache.externalOf("product", "wms", "PRD-3", TODAY, database(null)))
                .as("still known missing: never learned").isNull();
        assertThat(queries).as("only the two first misses asked the database").hasValue(2);
    }

    @Test
    void aMappingLearnedAfterAReloadHadReadItIsNotAmbiguous() {
        LookupCache cache = new LookupCache(domain -> List.of(
                new Mapping(1L, "product", "wms", "ITEM-1", "PRD-1", false, null, null)));
        cache.reload("product");

        cache.learned("product", List.of(new Mapping(1L, "product", "wms", "ITEM-1", "PRD-1", false, null, null)));

        assertThat(cache.externalOf("product", "wms", "PRD-1", TODAY)).isEqualTo("ITEM-1");
    }

    @Test
    void manyCodesAskTheDatabaseOnceForAllTheCacheLacksAndRememberWhatItLacks() {
        cache.reload("product");
        List<Collection<String>> asked = new ArrayList<>();

        Map<String, String> found = cache.externalOfAll("product", "wms", List.of("PRD-1", "PRD-2", "PRD-3"), TODAY,
                codes -> {
                    asked.add(List.copyOf(codes));
                    return Map.of("PRD-2", "ITEM-2");
                });
        Map<String, String> again = cache.externalOfAll("product", "erp", List.of("PRD-1"), TODAY, codes -> {
            asked.add(List.copyOf(codes));
            return Map.of();
        });

        assertThat(found).containsExactlyInAnyOrderEntriesOf(Map.of("PRD-2", "ITEM-2"));
        assertThat(again).containsExactlyInAnyOrderEntriesOf(Map.of("PRD-1", "MAT-1"));
        assertThat(asked).containsExactly(List.of("PRD-1", "PRD-2", "PRD-3"));
        assertThat(cache.externalOf("product", "wms", "PRD-3", TODAY, database(null)))
                .as("confirmed missing by the bulk query").isNull();
        assertThat(queries).hasValue(0);
    }
}
