package io.passerelle.mappings.xref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WriteTimeChecksTest {

    static final ChangeAuthor STEWARD = ChangeAuthor.steward("sophie", "test");
    XrefTestBed hub;

    @BeforeEach
    void start() {
        hub = XrefTestBed.onNewDatabase();
        hub.tables.createCanonical("unit-of-measure", null, "piece", Map.of("iso", "H87"), STEWARD);
        hub.tables.createCanonical("unit-of-measure", null, "each", Map.of("iso", "EA"), STEWARD);
        hub.tables.createCanonical("unit-of-measure", null, "kilogram", Map.of("iso", "KGM"), STEWARD);
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private static Mapping unit(String system, String code, String canonical, boolean preferred, LocalDate from, LocalDate to) {
        return new Mapping(null, "unit-of-measure", system, code, canonical, preferred, from, to);
    }

    @Test
    void valueDomainsUseTheIsoCodeAsCanonicalCode() {
        assertThat(hub.tables.searchCanonical("unit-of-measure", null, 10))
                .extracting(CanonicalEntry::code).containsExactly("EA", "H87", "KGM");
    }

    @Test
    void aMappingToACanonicalCodeThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> hub.tables.create(unit("wms", "PCE", "PCS", true, null, null), STEWARD))
                .isInstanceOf(XrefRefusal.class)
                .hasMessage("canonical unit-of-measure 'PCS' does not exist (create it first, or map to an existing code)");
        assertThat(hub.tables.allOf("unit-of-measure")).isEmpty();
    }

    @Test
    void overlappingEffectiveDatesOfTheSameCodeAreRefused() {
        hub.tables.create(unit("wms", "PCE", "H87", true, null, LocalDate.of(2027, 1, 1)), STEWARD);

        assertThatThrownBy(() -> hub.tables.create(unit("wms", "PCE", "EA", true, LocalDate.of(2026, 12, 1), null), STEWARD))
                .isInstanceOf(XrefRefusal.class)
                .hasMessageContaining("unit-of-measure code 'PCE' of wms would map to 'H87' [open, 2027-01-01)"
                        + " and to 'EA' [2026-12-01, open) at the same time");

        // Starting when the first one ends is fine.
        hub.tables.create(unit("wms", "PCE", "EA", true, LocalDate.of(2027, 1, 1), null), STEWARD);
        assertThat(hub.tables.allOf("unit-of-measure")).hasSize(2);
    }

    @Test
    void twoPreferredCodesForOneCanonicalCodeAreRefused() {
        hub.tables.create(unit("wms", "PCE", "H87", true, null, null), STEWARD);

        assertThatThrownBy(() -> hub.tables.create(unit("wms", "PC", "H87", true, null, null), STEWARD))
                .isInstanceOf(XrefRefusal.class)
                .hasMessage("the reverse lookup of unit-of-measure 'H87' in wms would be ambiguous: 'PCE' and 'PC'"
                        + " are both preferred over [open, open) (mark only one preferred)");

        hub.tables.create(unit("wms", "PC", "H87", false, null, null), STEWARD);
        assertThat(hub.tables.cache().externalOf("unit-of-measure", "wms", "H87", LocalDate.now())).isEqualTo("PCE");
        assertThat(hub.tables.cache().canonicalOf("unit-of-measure", "wms", "PC", LocalDate.now())).isEqualTo("H87");
    }

    @Test
    void retiringThePreferredCodeWhileOthersRemainIsRefused() {
        Mapping preferred = hub.tables.create(unit("wms", "PCE", "H87", true, null, null), STEWARD);
        hub.tables.create(unit("wms", "PC", "H87", false, null, null), STEWARD);
        hub.tables.create(unit("wms", "ST", "H87", false, null, null), STEWARD);

        assertThatThrownBy(() -> hub.tables.update(preferred.id(),
                unit("wms", "PCE", "H87", false, null, null), STEWARD))
                .isInstanceOf(XrefRefusal.class)
                .hasMessageContaining("'PC' and 'ST' both map to it over [open, open) and none is preferred");
    }

    @Test
    void aMappingWhoseEndIsNotAfterItsStartIsRefused() {
        assertThatThrownBy(() -> hub.tables.create(
                unit("wms", "PCE", "H87", true, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)), STEWARD))
                .isInstanceOf(XrefRefusal.class)
                .hasMessageContaining("valid_to 2027-01-01 must be after valid_from 2027-01-01");
    }

    @Test
    void anUnknownDomainIsNamed() {
        assertThatThrownBy(() -> hub.tables.search("colour", null, null, 10))
                .isInstanceOf(XrefRefusal.class)
                .hasMessage("unknown conversion-table domain 'colour': declared domains are product, customer,"
                        + " unit-of-measure, plant");
    }
}
