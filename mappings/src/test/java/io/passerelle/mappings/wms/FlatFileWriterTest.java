package io.passerelle.mappings.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlatFileWriterTest {

    static final FlatFileLayout ITEMS_CSV = new FlatFileLayout(FileFormat.CSV, ";", true, List.of(Column.named("item"),
            Column.named("gtin"), Column.named("description"), Column.named("unit")), null, LineEnding.CRLF, null, null,
            null, null);

    static final FlatFileLayout ITEMS_FIXED = FlatFileLayout.fixedWidth(List.of(
            Column.text("item", 1, 10),
            Column.number("gtin", 11, 14, '0'),
            Column.text("description", 26, 12)));

    @Test
    void csvQuotesWhatWouldOtherwiseSplitAndReadsBackTheSame() {
        FlatFileWriter writer = new FlatFileWriter(ITEMS_CSV);
        Map<String, String> item = Map.of("item", "W-100", "gtin", "4006381333931",
                "description", "Widget; \"large\"", "unit", "PCE");

        String text = writer.header() + writer.line(item);

        assertThat(text).isEqualTo("item;gtin;description;unit\r\nW-100;4006381333931;\"Widget; \"\"large\"\"\";PCE\r\n");
        FlatFile read = new FlatFileReader(ITEMS_CSV).read("ITEMS.csv", text.getBytes(StandardCharsets.UTF_8));
        assertThat(read.records()).singleElement().extracting(FlatRecord::values).isEqualTo(item);
    }

    @Test
    void fixedWidthPadsTextOnTheRightNumbersOnTheLeftAndLeavesGapsBlank() {
        String line = new FlatFileWriter(ITEMS_FIXED).line(Map.of("item", "W-100", "gtin", "4006381333931",
                "description", "Widget"));

        assertThat(line).isEqualTo("W-100     04006381333931 Widget      \n");
    }

    @Test
    void aValueTooLongForItsColumnIsNotCutButRefused() {
        assertThatThrownBy(() -> new FlatFileWriter(ITEMS_FIXED).line(Map.of("item", "W-100",
                "description", "Widget, extra large")))
                .isInstanceOf(UnwritableRecordException.class)
                .hasMessage("column description: 'Widget, extra large' is 19 characters, the column holds 12");
    }
}
