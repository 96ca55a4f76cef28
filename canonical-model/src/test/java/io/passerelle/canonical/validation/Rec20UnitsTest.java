package io.passerelle.canonical.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rec20UnitsTest {

    @Test
    void loadsTheCuratedListWithNames() {
        assertThat(Rec20Units.all())
                .containsEntry("KGM", "kilogram")
                .containsEntry("H87", "piece")
                .containsEntry("C62", "one")
                .containsEntry("EA", "each")
                .containsKeys("MTR", "LTR", "TNE", "DAY", "KWH", "PR", "DZN", "SET");
        assertThat(Rec20Units.all().keySet()).allMatch(code -> code.matches("[A-Z0-9]{2,3}"));
    }

    @Test
    void leavesOutErpCodesAndTheWithdrawnPackagingCodes() {
        assertThat(Rec20Units.all()).doesNotContainKeys("PCE", "KG", "ST", "PC", "CT", "BX", "CS", "PK", "PA", "PF", "RO");
        assertThat(Rec20Units.isKnown(null)).isFalse();
    }
}
