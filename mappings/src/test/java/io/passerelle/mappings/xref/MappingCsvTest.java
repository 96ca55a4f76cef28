package io.passerelle.mappings.xref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MappingCsvTest {

    static final ChangeAuthor STEWARD = ChangeAuthor.steward("sophie", "quarterly file from logistics");
    XrefTestBed hub;

    @BeforeEach
    void start() {
        hub = XrefTestBed.onNewDatabase();
        for (String iso : new String[] {"H87", "EA", "KGM", "CT"}) {
            hub.tables.createCanonical("unit-of-measure", null, iso, Map.of("iso", iso), STEWARD);
        }
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void aFileWithBadLinesIsRefusedWholeWithEachLineNamed() {
        String csv = """
                system,external_code,canonical_code,preferred,valid_from,valid_to
                wms,PCE,H87,true,,
                wms,KG,KGM,yes,,
                wms,CTN,CARTON,true,,
                wms,BOX,CT,true,2027-02-30,
                wms,PCE,EA,true,,
                wms,"ST, loose"
                """;

        assertThatThrownBy(() -> hub.csv.importCsv("unit-of-measure", csv, STEWARD))
                .isInstanceOfSatisfying(MappingCsv.CsvImportRefused.class, refused ->
                        assertThat(refused.errors()).extracting(MappingCsv.LineError::toString).containsExactly(
                                "line 3: preferred must be true or false, found 'yes'",
                                "line 5: valid_from '2027-02-30' is not a date (YYYY-MM-DD)",
                                "line 6: same system, external code and valid_from as line 2",
                                "line 7: expected 6 columns (" + MappingCsv.HEADER + "), found 2"));
        assertThat(hub.tables.allOf("unit-of-measure")).as("nothing applied").isEmpty();
    }

    @Test
    void ruleViolationsAreReportedByLineAndNothingIsApplied() {
        String csv = """
                system,external_code,canonical_code,preferred,valid_from,valid_to
                wms,PCE,H87,true,,
                wms,CTN,CARTON,true,,
                wms,PC,H87,true,,
                """;

        assertThatThrownBy(() -> hub.csv.importCsv("unit-of-measure", csv, STEWARD))
                .isInstanceOfSatisfying(MappingCsv.CsvImportRefused.class, refused -> {
                    assertThat(refused.errors()).extracting(MappingCsv.LineError::line).containsExactly(2, 3, 4);
                    assertThat(refused.errors().get(1).reason()).isEqualTo("canonical unit-of-measure 'CARTON' does not exist");
                    assertThat(refused.errors().get(2).reason()).contains("would be ambiguous: 'PCE' and 'PC' are both preferred");
                });
        assertThat(hub.tables.allOf("unit-of-measure")).isEmpty();
    }

    @Test
    void anExportImportsBackUnchanged() {
        String csv = """
                system,external_code,canonical_code,preferred,valid_from,valid_to
                wms,PCE,H87,true,,2027-01-01
                wms,PCE,EA,true,2027-01-01,
                wms,PC,H87,false,,
                crm,"Kilo, net",KGM,true,,
                edi,CT,CT,true,2026-01-01,
                """;
        assertThat(hub.csv.importCsv("unit-of-measure", csv, STEWARD)).isEqualTo(new MappingCsv.ImportReport(5, 0, 0));
        assertThat(hub.tables.history(hub.tables.allOf("unit-of-measure").get(0).id()).get(0).source())
                .isEqualTo(ChangeSource.IMPORT);

        String exported = hub.csv.export("unit-of-measure");
        assertThat(exported).contains("crm,\"Kilo, net\",KGM,true,,\r\n");

        assertThat(hub.csv.importCsv("unit-of-measure", exported, STEWARD)).isEqualTo(new MappingCsv.ImportReport(0, 0, 5));
        assertThat(hub.csv.export("unit-of-measure")).isEqualTo(exported);
    }

    @Test
    void aChangedLineUpdatesItsRow() {
        hub.csv.importCsv("unit-of-measure", "system,external_code,canonical_code,preferred,valid_from,valid_to\n"
                + "wms,PCE,H87,true,,\n", STEWARD);

        MappingCsv.ImportReport report = hub.csv.importCsv("unit-of-measure",
                "system,external_code,canonical_code,preferred,valid_from,valid_to\nwms,PCE,EA,true,,\n", STEWARD);

        assertThat(report).isEqualTo(new MappingCsv.ImportReport(0, 1, 0));
        assertThat(hub.tables.cache().canonicalOf("unit-of-measure", "wms", "PCE", java.time.LocalDate.now())).isEqualTo("EA");
    }
}
