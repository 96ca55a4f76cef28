package io.passerelle.mappings.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlatFileReaderTest {

    static final FlatFileLayout STOCK_CSV = FlatFileLayout.csv(";", true, List.of(Column.named("item"),
            Column.named("location"), Column.named("quantity"), Column.named("unit"), Column.named("counted-at")));

    static final FlatFileLayout STOCK_FIXED = FlatFileLayout.fixedWidth(List.of(
            Column.text("item", 1, 10),
            Column.text("location", 11, 6),
            Column.number("quantity", 17, 8, '0'),
            Column.text(Column.FILLER, 25, 2),
            Column.text("unit", 27, 3)));

    @Test
    void csvFieldsMayBeQuotedAroundTheDelimiterAndDoubledQuotes() {
        String text = "item;location;quantity;unit;counted-at\n"
                + "W-100;\"A;01\";12;PCE;2026-11-24T06:00:00Z\n"
                + "\"W \"\"200\"\"\";B-02;  3.5 ;KG;2026-11-24T06:00:00Z\r\n";

        FlatFile file = new FlatFileReader(STOCK_CSV).read("STOCK_1.csv", bytes(text));

        assertThat(file.errors()).isEmpty();
        assertThat(file.records()).extracting(FlatRecord::line).containsExactly(2, 3);
        assertThat(file.records().get(0).values()).containsEntry("location", "A;01").containsEntry("quantity", "12");
        assertThat(file.records().get(1).values()).containsEntry("item", "W \"200\"").containsEntry("quantity", "3.5");
    }

    @Test
    void aMalformedLineIsNamedByFileLineAndColumnWhileTheOthersAreRead() {
        String text = "item;location;quantity;unit;counted-at\n"
                + "W-100;A-01;12;PCE;2026-11-24T06:00:00Z\n"
                + "W-200;A-02;7\n"
                + "\n"
                + "W-300;\"A-03;4;PCE;2026-11-24T06:00:00Z\n"
                + "W-400;A-04;1;PCE;2026-11-24T06:00:00Z\n";

        FlatFile file = new FlatFileReader(STOCK_CSV).read("STOCK_2.csv", bytes(text));

        assertThat(file.records()).extracting(FlatRecord::line).containsExactly(2, 6);
        assertThat(file.errors()).extracting(LineError::describe).containsExactly(
                "STOCK_2.csv line 3, column unit: the line has 3 field(s), the layout 5 (item;location;quantity;unit;counted-at)",
                "STOCK_2.csv line 5, column location: a quoted field is never closed");
    }

    @Test
    void aHeaderThatIsNotTheLayoutsRejectsTheWholeFile() {
        String text = "item;quantity;location;unit;counted-at\nW-100;12;A-01;PCE;2026-11-24T06:00:00Z\n";

        assertThatThrownBy(() -> new FlatFileReader(STOCK_CSV).read("STOCK_3.csv", bytes(text)))
                .isInstanceOf(WmsFileRejected.class)
                .hasMessage("STOCK_3.csv: the header line is 'item;quantity;location;unit;counted-at' but the layout"
                        + " expects 'item;location;quantity;unit;counted-at': the WMS's file layout and the hub's"
                        + " configuration differ");
    }

    @Test
    void bytesThatAreNotInTheLayoutsCharsetRejectTheWholeFile() {
        byte[] latin1 = "item;location;quantity;unit;counted-at\nPâté;A;1;PCE;2026-11-24T06:00:00Z\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> new FlatFileReader(STOCK_CSV).read("STOCK_4.csv", latin1))
                .isInstanceOf(WmsFileRejected.class).hasMessageContaining("not readable as UTF-8");
    }

    @Test
    void fixedWidthFieldsLoseTheirPaddingButAZeroStaysAZero() {
        String text = "W-100     A-01  00000012XXPCE\n"
                + "W-200     B-02  00000000  KG \n"
                + "W-300     C-03  00001.50  KG";

        FlatFile file = new FlatFileReader(STOCK_FIXED).read("STOCK_5.txt", bytes(text));

        assertThat(file.errors()).isEmpty();
        assertThat(file.records()).extracting(FlatRecord::values).containsExactly(
                Map.of("item", "W-100", "location", "A-01", "quantity", "12", "unit", "PCE"),
                Map.of("item", "W-200", "location", "B-02", "quantity", "0", "unit", "KG"),
                Map.of("item", "W-300", "location", "C-03", "quantity", "1.50", "unit", "KG"));
    }

    @Test
    void aShortOrOverlongFixedWidthLineIsAnErrorOfThatLine() {
        String text = "W-100     A-01  00000012  PCE\n"
                + "W-200     B-02\n"
                + "W-300     C-03  00000001  PCE   something else\n";

        FlatFile file = new FlatFileReader(STOCK_FIXED).read("STOCK_6.txt", bytes(text));

        assertThat(file.records()).extracting(FlatRecord::line).containsExactly(1);
        assertThat(file.errors()).extracting(LineError::describe).containsExactly(
                "STOCK_6.txt line 2, column quantity: the line is 14 characters long, the column starts at character 17",
                "STOCK_6.txt line 2, column unit: the line is 14 characters long, the column starts at character 27",
                "STOCK_6.txt line 3: unexpected text after character 29, where the layout ends: 'something else'");
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
