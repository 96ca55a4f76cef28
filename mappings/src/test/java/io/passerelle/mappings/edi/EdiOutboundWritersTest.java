package io.passerelle.mappings.edi;

import static io.passerelle.mappings.edi.EdiFixtures.GTIN_A;
import static io.passerelle.mappings.edi.EdiFixtures.GTIN_B;
import static io.passerelle.mappings.edi.EdiFixtures.SSCC_1;
import static io.passerelle.mappings.edi.EdiFixtures.SSCC_2;
import static io.passerelle.mappings.edi.EdiInboundFixturesTest.translated;
import static io.passerelle.mappings.edi.EdiInboundFixturesTest.translatedList;
import static io.passerelle.mappings.edi.EdiTestBed.HUB_GLN;
import static io.passerelle.mappings.edi.EdiTestBed.RETAILER_GLN;
import static io.passerelle.mappings.edi.EdiTestBed.interchanges;
import static io.passerelle.mappings.edi.EdiTestBed.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.passerelle.canonical.Order;
import io.passerelle.canonical.OrderLine;
import io.passerelle.canonical.OrderLineStatus;
import io.passerelle.canonical.OrderStatus;
import io.passerelle.canonical.PartyReference;
import io.passerelle.canonical.Price;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.ProductLifecycle;
import io.passerelle.canonical.ProductReference;
import io.passerelle.canonical.ProductStatus;
import io.passerelle.canonical.Promotion;
import io.passerelle.canonical.PromotionConditions;
import io.passerelle.canonical.PromotionPeriod;
import io.passerelle.canonical.Shipment;
import io.passerelle.canonical.ShipmentLine;
import io.passerelle.mappings.edi.outbound.Catalogue;
import io.passerelle.mappings.edi.outbound.CatalogueWriter;
import io.passerelle.mappings.edi.outbound.DespatchAdviceWriter;
import io.passerelle.mappings.edi.outbound.OrderResponseWriter;
import io.passerelle.mappings.edi.outbound.OutboundEdiException;
import io.passerelle.mappings.edi.outbound.OutboundEnvelope;
import io.passerelle.mappings.edi.outbound.PartnerUnits;
import io.passerelle.mappings.edi.read.MessageContent;
import io.passerelle.mappings.edi.read.MessageOutcome;
import io.passerelle.mappings.edi.read.Received;
import io.passerelle.mappings.edi.read.ReceivedMessage;
import io.passerelle.mappings.edi.read.Segment;
import io.passerelle.mappings.edi.read.SegmentGroup;
import io.passerelle.mappings.edi.schema.MessageKind;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message the hub writes, written through StAEDI's writer (which validates it against
 * Passerelle's schema while writing), then read back by the gateway's own reader: valid, and the
 * canonical values it was written from come back.
 */
class EdiOutboundWritersTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 8, 30);
    private static final LocalDate REQUESTED = LocalDate.of(2026, 11, 30);
    private static final LocalDate REPROMISED = LocalDate.of(2026, 12, 3);
    private static final ProductReference PRODUCT_A = new ProductReference("PRD-A", GTIN_A);
    private static final ProductReference PRODUCT_B = new ProductReference("PRD-B", GTIN_B);

    private final InMemoryCodeTranslator codes = new InMemoryCodeTranslator()
            .canonical("product", "gtin", GTIN_A, "PRD-A")
            .canonical("product", "gtin", GTIN_B, "PRD-B")
            .canonical("customer", "gln", RETAILER_GLN, "CUS-R")
            .canonical("unit-of-measure", "iso", "KGM", "KGM")
            .canonical("unit-of-measure", "iso", "H87", "H87")
            .map("unit-of-measure", EdiTestBed.PARTNER_SYSTEM, "EA", "H87")
            .map("unit-of-measure", EdiTestBed.PARTNER_SYSTEM, "LB", "LBR");
    private final EdiTestBed bed = new EdiTestBed(codes, null);
    private final PartnerUnits units = new PartnerUnits(codes, EdiTestBed.PARTNER_SYSTEM);

    /** The worked scenario: line L2 stops, product A slips by three days, product B cannot be made. */
    private static Order response() {
        return new Order("PO-4711", new PartyReference("CUS-R", RETAILER_GLN), new PartyReference(null, HUB_GLN),
                LocalDate.of(2026, 11, 23), "EUR", OrderStatus.CONFIRMED, List.of(
                new OrderLine(1, PRODUCT_A, new BigDecimal("48"), "H87", REQUESTED, REPROMISED, OrderLineStatus.RESCHEDULED),
                new OrderLine(2, PRODUCT_B, new BigDecimal("12"), "H87", REQUESTED, null, OrderLineStatus.REJECTED),
                new OrderLine(3, PRODUCT_A, new BigDecimal("6"), "H87", REQUESTED, REQUESTED, OrderLineStatus.ACCEPTED)));
    }

    @ParameterizedTest(name = "ORDRSP D.{0}")
    @ValueSource(strings = {"96A", "01B"})
    void ordrsp_with_a_changed_delivery_date_reads_back_as_written(String directory) {
        OutboundEnvelope envelope = OutboundEnvelope.eancom(HUB_GLN, RETAILER_GLN, "1001", "1", NOW, false).withDirectory(directory);
        byte[] written = write(out -> new OrderResponseWriter(bed.schemas, units).write(envelope, List.of(response()), out));
        String text = new String(written, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("UNA:+.? '").contains("UNH+1+ORDRSP:D:" + directory + ":UN:" + (directory.equals("96A") ? "EAN005" : "EAN008") + "'")
                .contains("BGM+231+PO-4711+4'")
                .contains("LIN+1+3+" + GTIN_A + ":" + (directory.equals("96A") ? "EN" : "SRV") + "'")
                .contains("DTM+2:20261130:102'\nDTM+69:20261203:102'");

        ReceivedMessage message = readBackSingle(written, MessageKind.ORDRSP);
        assertThat(message.header().identifier().association()).isEqualTo(directory.equals("96A") ? "EAN005" : "EAN008");
        assertThat(translated(message, Order.class)).isEqualTo(response());
    }

    @Test
    void ordrsp_with_the_partners_separators_and_character_set() {
        OutboundEnvelope envelope = OutboundEnvelope.eancom(HUB_GLN, RETAILER_GLN, "1002", "1", NOW, false)
                .withSyntax("UNOA:3").withSeparators(new EdiSeparators('!', '*', '|', '?', (char) 0, ','));
        Order order = new Order("PO-4711", new PartyReference("CUS-R", RETAILER_GLN), new PartyReference(null, HUB_GLN),
                LocalDate.of(2026, 11, 23), "EUR", OrderStatus.CONFIRMED, List.of(
                new OrderLine(1, PRODUCT_A, new BigDecimal("2.5"), "KGM", REQUESTED, REPROMISED, OrderLineStatus.RESCHEDULED)));
        byte[] written = write(out -> new OrderResponseWriter(bed.schemas, units).write(envelope, List.of(order), out));
        String text = new String(written, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("UNA|*,? !").contains("UNB*UNOA|3*").contains("QTY*21|2,5|KGM!");
        assertThat(translated(readBackSingle(written, MessageKind.ORDRSP), Order.class)).isEqualTo(order);
    }

    @ParameterizedTest(name = "855 {0}")
    @ValueSource(strings = {"00401", "00501"})
    void x12_855_with_a_rescheduled_line_reads_back_as_written(String isaVersion) {
        OutboundEnvelope envelope = OutboundEnvelope.x12(isaVersion, "14", HUB_GLN, "14", RETAILER_GLN, "2001", "2001", "0001", NOW, false);
        byte[] written = write(out -> new OrderResponseWriter(bed.schemas, units).write(envelope, List.of(response()), out));
        String text = new String(written, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("BAK*00*AC*PO-4711*20261123~").contains("ACK*DR*48*EA*067*20261203~").contains("ACK*IR*12*EA~");
        assertThat(translated(readBackSingle(written, MessageKind.X12_855), Order.class)).isEqualTo(response());
    }

    @Test
    void an_x12_unit_without_mapping_stops_the_message_instead_of_sending_a_wrong_code() {
        Order order = new Order("PO-1", new PartyReference("CUS-R", RETAILER_GLN), new PartyReference(null, HUB_GLN),
                LocalDate.of(2026, 11, 23), "EUR", OrderStatus.CONFIRMED,
                List.of(new OrderLine(1, PRODUCT_A, BigDecimal.ONE, "MTK", REQUESTED, null, OrderLineStatus.ACCEPTED)));
        OutboundEnvelope envelope = OutboundEnvelope.x12("00401", "14", HUB_GLN, "14", RETAILER_GLN, "2002", "2002", "0001", NOW, false);
        assertThatThrownBy(() -> write(out -> new OrderResponseWriter(bed.schemas, units).write(envelope, List.of(order), out)))
                .hasMessageContaining("MTK");
    }

    @Test
    void a_value_that_does_not_fit_the_schema_is_refused_while_writing_and_named() {
        Order order = new Order("PO-" + "9".repeat(40), new PartyReference("CUS-R", RETAILER_GLN), new PartyReference(null, HUB_GLN),
                LocalDate.of(2026, 11, 23), "EUR", OrderStatus.CONFIRMED,
                List.of(new OrderLine(1, PRODUCT_A, BigDecimal.ONE, "H87", REQUESTED, null, OrderLineStatus.ACCEPTED)));
        OutboundEnvelope envelope = OutboundEnvelope.eancom(HUB_GLN, RETAILER_GLN, "1003", "1", NOW, false);
        assertThatThrownBy(() -> write(out -> new OrderResponseWriter(bed.schemas, units).write(envelope, List.of(order), out)))
                .isInstanceOf(OutboundEdiException.class)
                .hasMessageContaining("cannot write ORDRSP for order(s) [PO-999").hasMessageContaining("DATA_ELEMENT_TOO_LONG in segment BGM, element 2");
    }

    private static List<Shipment> shipments() {
        LocalDate shipped = LocalDate.of(2026, 12, 1);
        return List.of(
                new Shipment("DES-1", List.of("PO-4711"), shipped, "CARX", SSCC_1, List.of(
                        new ShipmentLine(PRODUCT_A, new BigDecimal("24"), "H87"),
                        new ShipmentLine(PRODUCT_B, new BigDecimal("2"), "H87"))),
                new Shipment("DES-1", List.of("PO-4711"), shipped, "CARX", SSCC_2, List.of(
                        new ShipmentLine(PRODUCT_A, new BigDecimal("24"), "H87"))));
    }

    @ParameterizedTest(name = "DESADV D.{0}")
    @ValueSource(strings = {"96A", "01B"})
    void desadv_with_an_sscc_per_package_reads_back_as_written(String directory) {
        OutboundEnvelope envelope = OutboundEnvelope.eancom(HUB_GLN, RETAILER_GLN, "1004", "1", NOW, false).withDirectory(directory);
        byte[] written = write(out -> new DespatchAdviceWriter(bed.schemas, units).write(envelope, shipments(), out));
        String text = new String(written, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("GIN+BJ+" + SSCC_1 + "'").contains("GIN+BJ+" + SSCC_2 + "'").contains("CNT+2:3'");
        ReceivedMessage message = readBackSingle(written, MessageKind.DESADV);
        // EANCOM 1997 DESADV is subset version 005, EANCOM 2002's is 007.
        assertThat(message.header().identifier().association()).isEqualTo(directory.equals("96A") ? "EAN005" : "EAN007");
        assertThat(translatedList(message, Shipment.class)).isEqualTo(shipments());
    }

    @Test
    void x12_856_with_an_sscc_per_pack_reads_back_as_written() {
        OutboundEnvelope envelope = OutboundEnvelope.x12("00401", "14", HUB_GLN, "14", RETAILER_GLN, "2003", "2003", "0001", NOW, false);
        byte[] written = write(out -> new DespatchAdviceWriter(bed.schemas, units).write(envelope, shipments(), out));
        String text = new String(written, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("HL*3*2*P~\nMAN*GM*" + SSCC_1 + "~").contains("HL*6*2*P~\nMAN*GM*" + SSCC_2 + "~");
        assertThat(translatedList(readBackSingle(written, MessageKind.X12_856), Shipment.class)).isEqualTo(shipments());
    }

    private static Catalogue catalogue() {
        Product launched = new Product("PRD-A", GTIN_A, "Produit A", "H87",
                new ProductLifecycle(ProductStatus.PLANNED, LocalDate.of(2027, 2, 1), null));
        Product withdrawn = new Product("PRD-B", GTIN_B, "Produit B", "H87",
                new ProductLifecycle(ProductStatus.WITHDRAWN, LocalDate.of(2020, 1, 6), LocalDate.of(2026, 12, 31)));
        Promotion spring = new Promotion("PROMO-7", List.of("PRD-A"), List.of("CUS-R"), null,
                new PromotionPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 15)),
                new PromotionConditions(new BigDecimal("15"), new Price(new BigDecimal("2.10"), "EUR"), "third item free"),
                new BigDecimal("35"));
        return new Catalogue("CAT-2027", List.of(launched, withdrawn), List.of(spring));
    }

    @ParameterizedTest(name = "PRICAT D.{0}")
    @ValueSource(strings = {"96A", "01B"})
    void pricat_with_launch_dates_and_promotional_conditions_reads_back_valid(String directory) {
        OutboundEnvelope envelope = OutboundEnvelope.eancom(HUB_GLN, RETAILER_GLN, "1005", "1", NOW, false).withDirectory(directory);
        byte[] written = write(out -> new CatalogueWriter(bed.schemas).write(envelope, catalogue(), out));
        ReceivedMessage message = readBackSingle(written, MessageKind.PRICAT);
        assertThat(message.outcome()).isInstanceOf(MessageOutcome.Validated.class);
        assertThat(message.header().identifier().association()).isEqualTo(directory.equals("96A") ? "EAN006" : "EAN008");

        MessageContent content = message.content();
        assertThat(content.first("BGM").orElseThrow().element(2)).isEqualTo("CAT-2027");
        List<SegmentGroup> lines = content.loops("PRODUCT_GROUP").get(0).loops("LINE");
        assertThat(lines).hasSize(2);
        SegmentGroup a = lines.get(0);
        assertThat(a.trigger().element(2)).as("1229: added").isEqualTo("1");
        assertThat(a.trigger().component(3, 1)).isEqualTo(GTIN_A);
        assertThat(dates(a.all("DTM"))).containsExactly("44=20270201");
        assertThat(a.first("FTX").orElseThrow().component(4, 1)).isEqualTo("third item free");
        SegmentGroup price = a.loops("LINE_PRICE").get(0);
        assertThat(price.trigger().component(1, 2)).isEqualTo("2.10");
        assertThat(price.first("CUX").orElseThrow().component(1, 2)).isEqualTo("EUR");
        assertThat(dates(price.all("DTM"))).containsExactly("194=20270301", "206=20270315");
        SegmentGroup allowance = a.loops("LINE_ALLOWANCE").get(0);
        assertThat(allowance.trigger().component(2, 1)).isEqualTo("PROMO-7");
        assertThat(dates(allowance.all("DTM"))).containsExactly("194=20270301", "206=20270315");
        assertThat(allowance.deep("PCD").get(0).component(1, 2)).isEqualTo("15");
        SegmentGroup b = lines.get(1);
        assertThat(b.trigger().element(2)).as("1229: deleted").isEqualTo("2");
        assertThat(dates(b.all("DTM"))).containsExactly("44=20200106", "36=20261231");
    }

    @Test
    void x12_832_with_launch_dates_and_promotional_conditions_reads_back_valid() {
        OutboundEnvelope envelope = OutboundEnvelope.x12("00501", "14", HUB_GLN, "14", RETAILER_GLN, "2004", "2004", "0001", NOW, false);
        byte[] written = write(out -> new CatalogueWriter(bed.schemas).write(envelope, catalogue(), out));
        ReceivedMessage message = readBackSingle(written, MessageKind.X12_832);
        assertThat(message.outcome()).isInstanceOf(MessageOutcome.Validated.class);
        List<SegmentGroup> lines = message.content().loops("LINE");
        assertThat(lines).hasSize(2);
        SegmentGroup a = lines.get(0);
        assertThat(a.trigger().element(3)).isEqualTo(GTIN_A);
        assertThat(a.all("DTM")).extracting(dtm -> dtm.element(1) + "=" + dtm.element(2)).containsExactly("196=20270201");
        SegmentGroup price = a.loops("LINE_PRICE").get(0);
        assertThat(price.trigger().element(3)).isEqualTo("2.10");
        assertThat(price.all("DTM")).extracting(dtm -> dtm.element(1) + "=" + dtm.element(2)).containsExactly("196=20270301", "197=20270315");
        Segment sac = a.loops("LINE_ALLOWANCE").get(0).trigger();
        assertThat(List.of(sac.element(4), sac.element(7))).containsExactly("PROMO-7", "15");
        assertThat(lines.get(1).all("DTM")).extracting(dtm -> dtm.element(1) + "=" + dtm.element(2))
                .containsExactly("196=20200106", "197=20261231");
    }

    private static List<String> dates(List<Segment> dtms) {
        return dtms.stream().map(dtm -> dtm.component(1, 1) + "=" + dtm.component(1, 2)).toList();
    }

    private ReceivedMessage readBackSingle(byte[] written, MessageKind kind) {
        List<Received> received = bed.read(written);
        assertThat(interchanges(received)).singleElement().satisfies(interchange -> {
            assertThat(interchange.envelopeAccepted()).as(interchange.errors().toString() + interchange.fatal()).isTrue();
            assertThat(interchange.tolerated()).isEmpty();
        });
        List<ReceivedMessage> messages = messages(received);
        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.kind()).isEqualTo(kind);
            assertThat(message.outcome().syntaxAccepted()).as(message.outcome().toString()).isTrue();
            assertThat(message.tolerated()).isEmpty();
        });
        return messages.get(0);
    }

    @FunctionalInterface
    private interface Writing {
        void to(ByteArrayOutputStream out);
    }

    private static byte[] write(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return out.toByteArray();
    }
}
