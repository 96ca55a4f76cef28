package io.passerelle.mappings.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlatFileLayoutTest {

    @Test
    void overlappingFixedWidthColumnsAreRefusedWhenDeclared() {
        assertThatThrownBy(() -> FlatFileLayout.fixedWidth(List.of(Column.text("item", 1, 10), Column.text("unit", 8, 3))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fixed-width column unit starts at 8, inside or before column item (1-10):"
                        + " declare columns in file order without overlap");
    }

    @Test
    void aLayoutMustUseItsKindsColumnNames() {
        FlatFileLayout layout = FlatFileLayout.csv(";", false, List.of(Column.named("item"), Column.named("qty"),
                Column.named(Column.FILLER), Column.named(Column.FILLER)));

        assertThat(RecordKind.STOCK_LEVEL.problems(layout)).containsExactly(
                "unknown column 'qty' for STOCK_LEVEL files: known columns are item, location, quantity, unit,"
                        + " counted-at, gtin (and filler for a field to skip)",
                "column 'location' is required in STOCK_LEVEL files",
                "column 'quantity' is required in STOCK_LEVEL files",
                "column 'unit' is required in STOCK_LEVEL files",
                "column 'counted-at' is required in STOCK_LEVEL files");
    }

    @Test
    void aDecimalCommaIsReadWhenTheLayoutSaysSo() {
        FlatFileLayout french = FlatFileLayout.csv(";", false, List.of(Column.named("quantity"))).withDecimalSeparator(",");

        assertThat(french.parseDecimal("3,5")).isEqualByComparingTo("3.5");
        assertThatThrownBy(() -> french.parseDecimal("1.000,5")).hasMessage("'1.000,5' is not a number (decimal separator ',')");
    }

    @Test
    void aDayThatDoesNotExistIsRefusedNotReadAsAnotherDay() {
        FlatFileLayout layout = FlatFileLayout.csv(";", false, List.of(Column.named("item")))
                .withDates("dd/MM/yyyy", "yyyy-MM-dd HH:mm", null);
        assertThat(layout.parseDate("30/11/2026")).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThatThrownBy(() -> layout.parseDate("31/11/2026")).isInstanceOf(DateTimeException.class)
                .hasMessage("'31/11/2026' is not a date in the form dd/MM/yyyy");
        assertThat(layout.parseInstant("2028-02-29 06:00")).isEqualTo(Instant.parse("2028-02-29T06:00:00Z"));
        assertThatThrownBy(() -> layout.parseInstant("2026-02-29 06:00")).isInstanceOf(DateTimeException.class)
                .hasMessageContaining("'2026-02-29 06:00' is not a date-time in the form yyyy-MM-dd HH:mm");
        // Quoted text keeps its letters.
        assertThat(StrictDatePattern.prolepticYears("'day' dd 'of year' yyyy")).isEqualTo("'day' dd 'of year' uuuu");
    }

    @Test
    void badSettingsAreAllNamed() {
        assertThatThrownBy(() -> new FlatFileLayout(FileFormat.CSV, "||", false, List.of(Column.named("item")), "EBCDIC-42",
                null, null, null, null, "Mars/Olympus"))
                .hasMessage("delimiter must be one character other than a quote or a line break, found '||';"
                        + " unknown charset 'EBCDIC-42'; unknown zone 'Mars/Olympus'");
    }
}
