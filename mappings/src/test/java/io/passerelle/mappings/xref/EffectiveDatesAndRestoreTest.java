package io.passerelle.mappings.xref;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EffectiveDatesAndRestoreTest {

    static final ChangeAuthor STEWARD = ChangeAuthor.steward("sophie", "test");
    XrefTestBed hub;

    @BeforeEach
    void start() {
        hub = XrefTestBed.onNewDatabase();
        for (String plant : List.of("P1", "P2", "P3")) {
            hub.tables.createCanonical("plant", plant, "Plant " + plant, Map.of(), STEWARD);
        }
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private static Mapping plant(String code, String canonical, LocalDate from, LocalDate to) {
        return new Mapping(null, "plant", "erp", code, canonical, true, from, to);
    }

    @Test
    void lookupsAsOfADateFollowAnEffectiveDateChange() {
        LocalDate switchDay = LocalDate.of(2027, 3, 1);
        hub.tables.create(plant("1000", "P1", null, switchDay), STEWARD);
        hub.tables.create(plant("1000", "P2", switchDay, null), STEWARD);

        LookupCache cache = hub.tables.cache();
        assertThat(cache.canonicalOf("plant", "erp", "1000", switchDay.minusDays(1))).isEqualTo("P1");
        assertThat(cache.canonicalOf("plant", "erp", "1000", switchDay)).isEqualTo("P2");
        assertThat(cache.externalOf("plant", "erp", "P1", switchDay.minusDays(1))).isEqualTo("1000");
        assertThat(cache.externalOf("plant", "erp", "P1", switchDay)).isNull();
        assertThat(cache.canonicalOf("plant", "erp", "2000", switchDay)).isNull();
    }

    @Test
    void aRetiredMappingStaysForHistoryAndAsOfLookups() {
        Mapping mapping = hub.tables.create(plant("1000", "P1", null, null), STEWARD);
        LocalDate end = LocalDate.of(2027, 6, 30);

        hub.tables.retire(mapping.id(), end, ChangeAuthor.steward("sophie", "plant sold"));

        assertThat(hub.tables.cache().canonicalOf("plant", "erp", "1000", end.minusDays(1))).isEqualTo("P1");
        assertThat(hub.tables.cache().canonicalOf("plant", "erp", "1000", end)).isNull();
        List<AuditEntry> history = hub.tables.history(mapping.id());
        assertThat(history).extracting(AuditEntry::action).containsExactly("CREATE", "RETIRE");
        assertThat(history.get(1).actor()).isEqualTo("sophie");
        assertThat(history.get(1).reason()).isEqualTo("plant sold");
        assertThat(history.get(1).before().validTo()).isNull();
        assertThat(history.get(1).after().validTo()).isEqualTo(end);
    }

    @Test
    void aTableIsRestoredToItsStateAtAPastTime() throws InterruptedException {
        Mapping kept = hub.tables.create(plant("1000", "P1", null, null), STEWARD);
        Mapping changedLater = hub.tables.create(plant("2000", "P2", null, null), STEWARD);
        Mapping deletedLater = hub.tables.create(plant("3000", "P3", null, null), STEWARD);
        List<Mapping> before = sorted(hub.tables.allOf("plant"));
        Thread.sleep(20);
        Instant checkpoint = Instant.now();
        Thread.sleep(20);

        hub.tables.update(changedLater.id(), new Mapping(changedLater.id(), "plant", "erp", "2000", "P1", false, null, null),
                STEWARD);
        hub.tables.retire(kept.id(), LocalDate.of(2027, 1, 1), STEWARD);
        hub.tables.create(plant("4000", "P1", LocalDate.of(2030, 1, 1), null).withId(null),
                new ChangeAuthor("sophie", ChangeSource.STEWARD, "new plant code"));
        hub.jdbc.update("DELETE FROM xref_mapping WHERE id = ?", deletedLater.id());
        hub.jdbc.update("INSERT INTO xref_audit (actor, source, reason, action, domain, mapping_id, before, after)"
                + " VALUES ('dba', 'STEWARD', 'cleanup', 'DELETE', 'plant', ?, '{}', NULL)", deletedLater.id());

        ConversionTables.RestoreReport report = hub.tables.restore("plant", checkpoint,
                ChangeAuthor.steward("sophie", "undo this morning's edits"));

        assertThat(sorted(hub.tables.allOf("plant"))).isEqualTo(before);
        assertThat(report.deleted()).isEqualTo(1);
        assertThat(report.changed()).isEqualTo(2);
        assertThat(report.recreated()).isEqualTo(1);
        assertThat(hub.tables.cache().canonicalOf("plant", "erp", "2000", LocalDate.now())).isEqualTo("P2");
        AuditEntry last = hub.tables.history(changedLater.id()).get(2);
        assertThat(last.source()).isEqualTo(ChangeSource.RESTORE);
        assertThat(last.reason()).isEqualTo("restore to " + checkpoint + ": undo this morning's edits");
    }

    private static List<Mapping> sorted(List<Mapping> mappings) {
        return mappings.stream().sorted(Comparator.comparing(Mapping::id)).toList();
    }
}
