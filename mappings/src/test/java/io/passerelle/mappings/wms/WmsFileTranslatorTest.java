package io.passerelle.mappings.wms;

import static io.passerelle.mappings.wms.WmsTables.GTIN_NUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.canonical.ProductReference;
import io.passerelle.canonical.Shipment;
import io.passerelle.canonical.ShipmentLine;
import io.passerelle.canonical.StockLevel;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** WMS files to canonical records through real conversion tables (a real PostgreSQL). */
class WmsFileTranslatorTest {

    static final FlatFileLayout STOCK = FlatFileLayout.csv(";", true, List.of(Column.named("item"), Column.named("gtin"),
            Column.named("location"), Column.named("quantity"), Column.named("unit"), Column.named("counted-at")));

    static final FlatFileLayout SHIPMENTS = FlatFileLayout.fixedWidth(List.of(
            Column.text("shipment", 1, 8),
            Column.text("order", 9, 8),
            Column.text("date", 17, 8),
            Column.text("carrier", 25, 6),
            Column.text("sscc", 31, 18),
            Column.text("item", 49, 8),
            Column.number("quantity", 57, 6, '0'),
            Column.text("unit", 63, 3))).withDates("yyyyMMdd", null, null);

    static WmsTables tables;
    static WmsFileTranslator translator;

    @BeforeAll
    static void tables() {
        tables = new WmsTables();
        translator = new WmsFileTranslator(tables.translator);
    }

    @Test
    void stockLinesBecomeStockLevelsInCanonicalCodes() {
        WmsFileTranslation result = stock("wms", "STOCK_1.csv",
                "W-100;;A-01;12;PCE;2026-11-24T06:00:00Z",
                "W-999;" + GTIN_NUT + ";A-02;0;KG;2026-11-24T07:00:00");

        assertThat(result.refused()).isEmpty();
        assertThat(result.changes()).extracting(WmsChange::canonical).containsExactly(
                new StockLevel(new ProductReference("PRD-000001", null), "A-01", new BigDecimal("12"), "H87",
                        Instant.parse("2026-11-24T06:00:00Z")),
                // An item never seen, linked to its product by the GTIN the line carries.
                new StockLevel(new ProductReference("PRD-000003", GTIN_NUT), "A-02", new BigDecimal("0"), "KGM",
                        Instant.parse("2026-11-24T07:00:00Z")));
        WmsChange first = result.changes().get(0);
        assertThat(first.source().changeId()).isEqualTo("STOCK_1.csv:2");
        assertThat(first.entityKey()).isEqualTo("product:PRD-000001");
        assertThat(result.changes().get(1).businessKeys()).containsExactly("product:PRD-000003", "gtin:" + GTIN_NUT,
                "file:STOCK_1.csv");
        assertThat(tables.translator.toCanonical(io.passerelle.mappings.xref.CodeSighting.reference(WmsCodes.PRODUCT,
                "wms", "W-999", "test")).how()).isEqualTo(io.passerelle.mappings.xref.Translation.How.MAPPED);
    }

    @Test
    void everyProblemOfALineIsReportedWithItsColumnAndTheOtherLinesGoThrough() {
        WmsFileTranslation result = stock("wms", "STOCK_2.csv",
                "W-100;4006381333932;A-01;twelve;PCE;yesterday",
                "W-200;;A-02;-3;PCE;2026-11-24T06:00:00Z",
                "W-100;;A-03;5;PCE;2026-11-24T06:00:00Z");

        assertThat(result.changes()).extracting(c -> c.source().first()).containsExactly(4);
        assertThat(result.errors()).extracting(LineError::describe).containsExactly(
                "STOCK_2.csv line 2, column gtin: '4006381333932': GTIN check digit is wrong: expected 1, found 2",
                "STOCK_2.csv line 2, column quantity: 'twelve' is not a number (decimal separator '.')",
                "STOCK_2.csv line 2, column counted-at: 'yesterday' is not a date-time in the form ISO-8601 (2026-11-24T06:00:00Z)",
                "STOCK_2.csv line 3, column quantity: '-3': must be greater than or equal to 0");
    }

    @Test
    void anUnknownUnitFollowsTheSystemsPolicy() {
        WmsFileTranslation defaulted = stock("wms", "STOCK_3.csv", "W-100;;A-01;4;BOX;2026-11-24T06:00:00Z");
        WmsFileTranslation rejected = stock("strict-wms", "STOCK_3.csv", "W-100;;A-01;4;BOX;2026-11-24T06:00:00Z");

        assertThat(defaulted.changes()).singleElement()
                .satisfies(c -> assertThat(((StockLevel) c.canonical()).unit()).isEqualTo("C62"));
        assertThat(rejected.changes()).isEmpty();
        assertThat(rejected.errors()).extracting(LineError::describe).containsExactly("STOCK_3.csv line 2, column unit:"
                + " no unit-of-measure mapping for strict-wms code 'BOX': rejected (policy for unit-of-measure/strict-wms is reject)");
    }

    @Test
    void anUnknownItemWithoutGtinIsParkedWithItsLine() {
        WmsFileTranslation result = stock("wms", "STOCK_4.csv", "W-404;;A-01;4;PCE;2026-11-24T06:00:00Z");

        assertThat(result.changes()).isEmpty();
        assertThat(result.errors()).isEmpty();
        assertThat(result.parked()).singleElement().satisfies(parked -> {
            assertThat(parked.source().texts()).containsExactly("W-404;;A-01;4;PCE;2026-11-24T06:00:00Z");
            assertThat(parked.reason().sighting().code()).isEqualTo("W-404");
        });

        tables.map(WmsCodes.PRODUCT, "wms", "W-404", "PRD-000002", false);
        WmsFileTranslation replayed = translator.translateLines("wms", "wms-test", RecordKind.STOCK_LEVEL, STOCK,
                result.parked().get(0).source());
        assertThat(replayed.changes()).singleElement().satisfies(c -> {
            assertThat(c.source().changeId()).isEqualTo("STOCK_4.csv:2");
            assertThat(c.entityKey()).isEqualTo("product:PRD-000002");
        });
    }

    @Test
    void shipmentLinesAreGroupedByShipmentAndSscc() {
        String text = String.join("\n",
                "S-1001  PO-7001 20261124DHL   035412345000000012W-100   000012PCE",
                "S-1001  PO-7002 20261124DHL   035412345000000012W-200   000003KG ",
                "S-1001  PO-7001 20261124DHL   035412345000000029W-100   000001PCE",
                "S-1002  PO-7003 20261124UPS   035412345000000036W-100   000000PCE");

        WmsFileTranslation result = translator.translate("wms", "wms-test", RecordKind.SHIPMENT, SHIPMENTS, "SHIP_1.txt",
                text.getBytes(StandardCharsets.UTF_8));

        assertThat(result.changes()).extracting(WmsChange::canonical).containsExactly(
                new Shipment("S-1001", List.of("PO-7001", "PO-7002"), LocalDate.of(2026, 11, 24), "DHL", "035412345000000012",
                        List.of(new ShipmentLine(new ProductReference("PRD-000001", null), new BigDecimal("12"), "H87"),
                                new ShipmentLine(new ProductReference("PRD-000002", null), new BigDecimal("3"), "KGM"))),
                new Shipment("S-1001", List.of("PO-7001"), LocalDate.of(2026, 11, 24), "DHL", "035412345000000029",
                        List.of(new ShipmentLine(new ProductReference("PRD-000001", null), new BigDecimal("1"), "H87"))));
        assertThat(result.changes().get(0).businessKeys()).containsExactly("sscc:035412345000000012", "order:PO-7001",
                "order:PO-7002", "file:SHIP_1.txt");
        assertThat(result.changes().get(0).entityKey()).isEqualTo("shipment:S-1001");
        assertThat(result.errors()).extracting(LineError::describe).containsExactly(
                "SHIP_1.txt line 4, column quantity: '0': must be greater than 0");
    }

    @Test
    void aShipmentWithOneBadLineIsRefusedWholeAndSaysSo() {
        String text = String.join("\n",
                "S-2001  PO-7001 20261124DHL   035412345000000043W-100   000012PCE",
                "S-2001  PO-7001 20261125DHL   035412345000000043W-200   000003KG ");

        WmsFileTranslation result = translator.translate("wms", "wms-test", RecordKind.RECEIPT, SHIPMENTS, "RECEIPT_1.txt",
                text.getBytes(StandardCharsets.UTF_8));

        assertThat(result.changes()).isEmpty();
        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.entityKey()).isEqualTo("receipt:S-2001");
            assertThat(r.messageType()).isEqualTo("Receipt");
        });
        assertThat(result.errors()).extracting(LineError::describe).containsExactly(
                "RECEIPT_1.txt line 1: shipment S-2001 SSCC 035412345000000043 (lines 1, 2) is not applied: its lines are applied together",
                "RECEIPT_1.txt line 2, column date: '20261125' differs from line 1 of the same shipment ('20261124')");
    }

    private static WmsFileTranslation stock(String system, String file, String... lines) {
        String text = "item;gtin;location;quantity;unit;counted-at\n" + String.join("\n", lines);
        return translator.translate(system, "wms-test", RecordKind.STOCK_LEVEL, STOCK, file,
                text.getBytes(StandardCharsets.UTF_8));
    }
}
