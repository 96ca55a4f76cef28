package io.passerelle.mappings.xref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two hub instances on one database: a change made on one is seen by the other's cache within 1 s; an
 * instance does not reload a domain on the echo of its own change (its cache was refreshed on commit).
 */
class CacheAcrossInstancesTest {

    @Test
    void aChangeOnOneInstanceReachesTheOthersCacheWithinOneSecond() {
        try (XrefTestBed first = XrefTestBed.onNewDatabase(); XrefTestBed second = first.secondInstance()) {
            first.tables.createCanonical("plant", "P1", "Plant 1", Map.of(), ChangeAuthor.steward("s", "t"));
            first.tables.createCanonical("plant", "P2", "Plant 2", Map.of(), ChangeAuthor.steward("s", "t"));
            LocalDate today = LocalDate.now();
            assertThat(second.tables.cache().canonicalOf("plant", "erp", "1000", today)).isNull();

            Mapping mapping = first.tables.create(new Mapping(null, "plant", "erp", "1000", "P1", true, null, null),
                    ChangeAuthor.steward("s", "t"));
            long created = System.nanoTime();
            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10))
                    .until(() -> "P1".equals(second.tables.cache().canonicalOf("plant", "erp", "1000", today)));
            long seenAfterMillis = (System.nanoTime() - created) / 1_000_000;

            first.tables.update(mapping.id(), new Mapping(mapping.id(), "plant", "erp", "1000", "P2", true, null, null),
                    ChangeAuthor.steward("s", "t"));
            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10))
                    .until(() -> "P2".equals(second.tables.cache().canonicalOf("plant", "erp", "1000", today)));
            assertThat(seenAfterMillis).isLessThan(1000);
        }
    }

    @Test
    void aCodeOneInstanceFoundMissingIsSeenThereOnceTheOtherMapsIt() {
        try (XrefTestBed first = XrefTestBed.onNewDatabase(); XrefTestBed second = first.secondInstance()) {
            first.tables.createCanonical("plant", "P1", "Plant 1", Map.of(), ChangeAuthor.steward("s", "t"));
            LocalDate today = LocalDate.now();
            assertThat(second.tables.externalCode("plant", "wms", "P1", today)).as("asked, and missing").isEmpty();

            first.tables.create(new Mapping(null, "plant", "wms", "W1", "P1", true, null, null),
                    ChangeAuthor.steward("s", "t"));

            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10))
                    .until(() -> second.tables.externalCode("plant", "wms", "P1", today).orElse(null), "W1"::equals);
        }
    }

    @Test
    void anInstanceReloadsOnAnotherInstancesNotificationButNotOnTheEchoOfItsOwn() throws InterruptedException {
        try (XrefTestBed hub = XrefTestBed.onNewDatabase()) {
            hub.tables.createCanonical("plant", "P1", "Plant 1", Map.of(), ChangeAuthor.steward("s", "t"));
            LocalDate today = LocalDate.now();
            // Written behind the engine's back: only a reload of the domain can show it.
            hub.jdbc.update("INSERT INTO xref_mapping (domain, system, external_code, canonical_code, preferred)"
                    + " VALUES ('plant', 'erp', '1000', 'P1', true)");

            hub.jdbc.queryForList("SELECT pg_notify(?, ?)", XrefChangeListener.CHANNEL, "plant@" + hub.tables.instance());
            Thread.sleep(600); // three polls of the listener
            assertThat(hub.tables.cache().canonicalOf("plant", "erp", "1000", today)).as("own echo ignored").isNull();

            hub.jdbc.queryForList("SELECT pg_notify(?, ?)", XrefChangeListener.CHANNEL, "plant@another-instance");
            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10))
                    .until(() -> "P1".equals(hub.tables.cache().canonicalOf("plant", "erp", "1000", today)));
        }
    }
}
