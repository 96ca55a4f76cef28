package io.passerelle.mappings.edi;

import static io.passerelle.mappings.edi.EdiFixtures.GTIN_A;
import static io.passerelle.mappings.edi.EdiFixtures.GTIN_B;
import static io.passerelle.mappings.edi.EdiFixtures.SSCC_1;
import static io.passerelle.mappings.edi.EdiFixtures.SSCC_2;
import static io.passerelle.mappings.edi.EdiFixtures.SUPPLIER_GLN;
import static io.passerelle.mappings.edi.EdiFixtures.WAREHOUSE_GLN;
import static io.passerelle.mappings.edi.EdiTestBed.HUB_GLN;
import static io.passerelle.mappings.edi.EdiTestBed.RETAILER_GLN;
import static io.passerelle.mappings.edi.EdiTestBed.interchanges;
import static io.passerelle.mappings.edi.EdiTestBed.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.passerelle.canonical.Order;
import io.passerelle.canonical.OrderLine;
import io.passerelle.canonical.OrderLineStatus;
import io.passerelle.canonical.OrderStatus;
import io.passerelle.canonical.PartyReference;
import io.passerelle.canonical.ProductReference;
import io.passerelle.canonical.Shipment;
import io.passerelle.canonical.ShipmentLine;
import io.passerelle.canonical.StockLevel;
import io.passerelle.mappings.edi.ack.AcknowledgementStatus;
import io.passerelle.mappings.edi.ack.AcknowledgementStatus.MessageStatus;
import io.passerelle.mappings.edi.ack.AcknowledgementStatus.Status;
import io.passerelle.mappings.edi.ack.ContrlWriter;
import io.passerelle.mappings.edi.ack.InterchangeAcknowledgement;
import io.passerelle.mappings.edi.ack.X12AcknowledgementWriter;
import io.passerelle.mappings.edi.outbound.OutboundEnvelope;
import io.passerelle.mappings.edi.read.MessageOutcome;
import io.passerelle.mappings.edi.read.Received;
import io.passerelle.mappings.edi.read.ReceivedMessage;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every inbound behaviour on interchanges written for these tests (no public sample needed): both
 * EANCOM directories, both X12 versions, character sets and service string advice, a partly bad
 * interchange, acknowledgements round trip, and the supplier-side messages.
 */
class EdiInboundFixturesTest {

    private static final LocalDate ORDER_DATE = LocalDate.of(2026, 11, 23);
    private static final LocalDate REQUESTED = LocalDate.of(2026, 11, 30);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 11, 0);
    private static final PartyReference RETAILER = new PartyReference("CUS-R", RETAILER_GLN);
    private static final PartyReference HUB = new PartyReference(null, HUB_GLN);
    private static final ProductReference PRODUCT_A = new ProductReference("PRD-A", GTIN_A);
    private static final ProductReference PRODUCT_B = new ProductReference("PRD-B", GTIN_B);

    private final InMemoryCodeTranslator codes = new InMemoryCodeTranslator()
            .canonical("product", "gtin", GTIN_A, "PRD-A")
            .canonical("product", "gtin", GTIN_B, "PRD-B")
            .canonical("customer", "gln", RETAILER_GLN, "CUS-R")
            .canonical("unit-of-measure", "iso", "KGM", "KGM")
            .map("unit-of-measure", EdiTestBed.PARTNER_SYSTEM, "EA", "H87")
            .map("unit-of-measure", EdiTestBed.PARTNER_SYSTEM, "CA", "NMP");
    private final EdiTestBed bed = new EdiTestBed(codes, null);

    @ParameterizedTest(name = "ORDERS {0}")
    @ValueSource(strings = {"D:96A:UN:EAN008", "D:01B:UN:EAN010"})
    void eancom_orders_in_both_directories(String version) {
        byte[] file = new EdiFixtures.Edifact("UNA:+.? '", "UNOC:3", RETAILER_GLN, "R0001")
                .message("1", "ORDERS:" + version, EdiFixtures.ordersBody("PO-4711", "48")).bytes();
        ReceivedMessage message = messages(bed.read(file)).get(0);
        assertThat(message.header().identifier()).hasToString("ORDERS:" + version);
        assertThat(translated(message, Order.class)).isEqualTo(new Order("PO-4711", RETAILER, HUB, ORDER_DATE, "EUR",
                OrderStatus.RECEIVED, List.of(
                new OrderLine(1, PRODUCT_A, new BigDecimal("48"), "H87", REQUESTED, null, OrderLineStatus.OPEN),
                new OrderLine(2, PRODUCT_B, new BigDecimal("12"), "KGM", LocalDate.of(2026, 12, 4), null, OrderLineStatus.OPEN))));
        // The buyer's article number is what the partner's table learns; the GTIN linked it to PRD-A.
        assertThat(codes.sightings()).filteredOn(s -> s.domain().equals("product")).first()
                .satisfies(s -> {
                    assertThat(s.code()).isEqualTo("R-ART-A");
                    assertThat(s.naturalKeys()).containsEntry("gtin", GTIN_A);
                });
    }

    @ParameterizedTest(name = "850 {0}")
    @ValueSource(strings = {"00401", "00501"})
    void x12_850_in_both_versions(String isaVersion) {
        byte[] file = EdiFixtures.x12(isaVersion, "PO", RETAILER_GLN, "101", EdiFixtures.purchaseOrder("PO-4712"));
        ReceivedMessage message = messages(bed.read(file)).get(0);
        assertThat(message.header().identifier().version()).isEqualTo(isaVersion + "0");
        assertThat(translated(message, Order.class)).isEqualTo(new Order("PO-4712", RETAILER, HUB, ORDER_DATE, "EUR",
                OrderStatus.RECEIVED, List.of(
                new OrderLine(1, PRODUCT_A, new BigDecimal("48"), "H87", REQUESTED, null, OrderLineStatus.OPEN),
                new OrderLine(2, PRODUCT_B, new BigDecimal("12"), "NMP", REQUESTED, null, OrderLineStatus.OPEN))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "UNOA:3, ''",
        "UNOA:3, 'UNA:+.? '''",
        "UNOC:3, ''",
        "UNOC:3, 'UNA:+.? '''",
        "UNOC:3, 'UNA|*,? !'"})
    void character_sets_with_and_without_service_string_advice(String syntax, String una) {
        boolean latin = syntax.startsWith("UNOC");
        String[] body = EdiFixtures.ordersBody("PO-4713", "2.5");
        body[8] = "IMD+F++:::" + (latin ? "Caf\u00e9 cr\u00e8me" : "CAFE CREME");
        String identifier = "ORDERS:D:96A:UN:EAN008";
        if (!una.isEmpty() && una.charAt(3) != ':') {
            // Custom separators: the segments are written with them, the decimal mark too.
            identifier = identifier.replace(':', una.charAt(3));
            for (int i = 0; i < body.length; i++) {
                body[i] = body[i].replace('+', una.charAt(4)).replace(':', una.charAt(3)).replace('.', una.charAt(5));
            }
        }
        EdiFixtures.Edifact fixture = new EdiFixtures.Edifact(una.isEmpty() ? null : una, syntax, RETAILER_GLN, "R0002")
                .message("1", identifier, body);

        ReceivedMessage message = messages(bed.read(fixture.bytes(StandardCharsets.ISO_8859_1))).get(0);
        Order order = translated(message, Order.class);
        assertThat(order.lines().get(0).quantity()).isEqualByComparingTo("2.5");
        assertThat(codes.sightings()).filteredOn(s -> s.domain().equals("product")).first()
                .extracting(s -> s.label()).isEqualTo(latin ? "Caf\u00e9 cr\u00e8me" : "CAFE CREME");
    }

    @Test
    void an_interchange_with_one_bad_message_out_of_three_delivers_the_good_ones() {
        byte[] file = new EdiFixtures.Edifact("UNA:+.? '", "UNOC:3", RETAILER_GLN, "R0003")
                .message("1", "ORDERS:D:96A:UN:EAN008", EdiFixtures.ordersBody("PO-1", "48"))
                .message("2", "ORDERS:D:96A:UN:EAN008", EdiFixtures.ordersBody("PO-2", "4X8"))
                .message("3", "ORDERS:D:96A:UN:EAN008", EdiFixtures.ordersBody("PO-3", "6")).bytes();
        List<Received> received = bed.read(file);
        List<ReceivedMessage> messages = messages(received);

        assertThat(messages).extracting(m -> m.outcome().getClass().getSimpleName())
                .containsExactly("Translated", "Invalid", "Translated");
        assertThat(translated(messages.get(0), Order.class).orderNumber()).isEqualTo("PO-1");
        assertThat(translated(messages.get(2), Order.class).orderNumber()).isEqualTo("PO-3");
        EdiValidationError error = ((MessageOutcome.Invalid) messages.get(1).outcome()).errors().get(0);
        // QTY is the 11th segment counted from UNH = 1.
        assertThat(error.describe()).isEqualTo("interchange R0003, message 2 (ref 2), segment QTY at position 11, "
                + "element 1, component 2 (6060): INVALID_CHARACTER_DATA, expected a decimal number for 6060 Quantity, found \"4X8\"");
        assertThat(interchanges(received).get(0).envelopeAccepted()).isTrue();

        // The CONTRL rejects message 2 alone, and reads back matched to what was received.
        InterchangeAcknowledgement acknowledgement = EdiNegativeAcknowledgementTest.acknowledge(received);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ContrlWriter(bed.schemas).write(acknowledgement, OutboundEnvelope.eancom(HUB_GLN, RETAILER_GLN, "9001", "1", NOW, false), out);
        AcknowledgementStatus status = translated(messages(bed.read(out.toByteArray())).get(0), AcknowledgementStatus.class);
        assertThat(status.interchange()).isEqualTo("R0003");
        assertThat(status.status()).isEqualTo(Status.PARTIALLY_ACCEPTED);
        assertThat(status.messages()).extracting(MessageStatus::reference, MessageStatus::status).containsExactly(tuple("2", Status.REJECTED));
        assertThat(status.messages().get(0).errors()).extracting(e -> e.segmentPosition(), e -> e.elementPosition(),
                e -> e.componentPosition()).containsExactly(tuple(11, 1, 2));
    }

    @Test
    void a_date_that_does_not_exist_is_refused_not_moved_to_another_day() {
        String[] body = EdiFixtures.ordersBody("PO-31", "48");
        body[2] = "DTM+2:20261131:102"; // 31 November
        ReceivedMessage message = messages(bed.read(new EdiFixtures.Edifact("UNA:+.? '", "UNOC:3", RETAILER_GLN, "R0031")
                .message("1", "ORDERS:D:96A:UN:EAN008", body).bytes())).get(0);
        assertThat(message.outcome()).isInstanceOf(MessageOutcome.Invalid.class);
        assertThat(((MessageOutcome.Invalid) message.outcome()).errors()).singleElement().satisfies(error ->
                assertThat(error.describe()).contains("segment DTM at position 4", "INVALID_DATE", "\"20261131\""));
    }

    @Test
    void a_clean_x12_interchange_gets_a_positive_997_that_reads_back_as_accepted() {
        byte[] file = EdiFixtures.x12("00401", "PO", RETAILER_GLN, "102", EdiFixtures.purchaseOrder("PO-5"),
                EdiFixtures.purchaseOrder("PO-6"));
        InterchangeAcknowledgement acknowledgement = EdiNegativeAcknowledgementTest.acknowledge(bed.read(file));
        assertThat(acknowledgement.positive()).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new X12AcknowledgementWriter(bed.schemas).write(acknowledgement,
                OutboundEnvelope.x12("00401", "14", HUB_GLN, "14", RETAILER_GLN, "77", "77", "0001", NOW, false), out);
        AcknowledgementStatus status = translated(messages(bed.read(out.toByteArray())).get(0), AcknowledgementStatus.class);
        assertThat(status.group()).isEqualTo("102");
        assertThat(status.functionalId()).isEqualTo("PO");
        assertThat(status.status()).isEqualTo(Status.ACCEPTED);
        assertThat(status.messages()).extracting(MessageStatus::reference, MessageStatus::type, MessageStatus::status)
                .containsExactly(tuple("0001", "850", Status.ACCEPTED), tuple("0002", "850", Status.ACCEPTED));
    }

    @Test
    void an_unknown_product_follows_its_domain_policy_and_the_message_is_held_not_lost() {
        String[] body = EdiFixtures.ordersBody("PO-7", "1");
        body[6] = "LIN+1++4012345000030:EN";
        body[7] = "PIA+1+R-ART-NEW:IN";
        byte[] file = new EdiFixtures.Edifact(null, "UNOC:3", RETAILER_GLN, "R0004").message("1", "ORDERS:D:96A:UN:EAN008", body).bytes();
        ReceivedMessage message = messages(bed.read(file)).get(0);
        assertThat(message.outcome().syntaxAccepted()).as("syntax is fine: the acknowledgement accepts it").isTrue();
        UnmappedCodeException cause = ((MessageOutcome.Unmapped) message.outcome()).cause();
        assertThat(cause.mustPark()).isTrue();
        assertThat(cause.sighting().code()).isEqualTo("R-ART-NEW");
        assertThat(cause.sighting().messageId()).isEqualTo("R0004/1");
    }

    @Test
    void eancom_invrpt_gives_stock_per_location() {
        byte[] file = new EdiFixtures.Edifact(null, "UNOC:3", RETAILER_GLN, "R0005").message("1", "INVRPT:D:96A:UN:EAN008",
                "BGM+35+INV-1+9", "DTM+137:20261123:102", "DTM+366:20261122:102",
                "NAD+GY+" + RETAILER_GLN + "::9",
                "LIN+1++" + GTIN_A + ":EN", "QTY+145:120", "LOC+18+" + WAREHOUSE_GLN + "::9",
                "LIN+2++" + GTIN_B + ":EN", "QTY+145:0:KGM").bytes();
        List<StockLevel> levels = translatedList(messages(bed.read(file)).get(0), StockLevel.class);
        Instant asOf = Instant.parse("2026-11-22T00:00:00Z");
        assertThat(levels).containsExactly(
                new StockLevel(PRODUCT_A, WAREHOUSE_GLN, new BigDecimal("120"), "H87", asOf),
                new StockLevel(PRODUCT_B, RETAILER_GLN, new BigDecimal("0"), "KGM", asOf));
    }

    @Test
    void x12_846_gives_stock_per_location() {
        byte[] file = EdiFixtures.x12("00401", "IB", RETAILER_GLN, "103", new String[] {"846",
            "BIA*00*SI*INV-2*20261122*0600", "N1*WH*WAREHOUSE R*UL*" + WAREHOUSE_GLN,
            "LIN**EN*" + GTIN_A, "QTY*17*120*EA", "LIN**EN*" + GTIN_B, "QTY*17*0*CA", "CTT*2"});
        List<StockLevel> levels = translatedList(messages(bed.read(file)).get(0), StockLevel.class);
        Instant asOf = Instant.parse("2026-11-22T06:00:00Z");
        assertThat(levels).containsExactly(
                new StockLevel(PRODUCT_A, WAREHOUSE_GLN, new BigDecimal("120"), "H87", asOf),
                new StockLevel(PRODUCT_B, WAREHOUSE_GLN, new BigDecimal("0"), "NMP", asOf));
    }

    @Test
    void eancom_ordrsp_from_a_supplier_gives_changed_and_refused_lines() {
        byte[] file = new EdiFixtures.Edifact(null, "UNOC:3", SUPPLIER_GLN, "S0001").message("1", "ORDRSP:D:96A:UN:EAN005",
                "BGM+231+RSP-1+4", "DTM+137:20261124:102", "RFF+ON:PO-9001", "DTM+171:20261120:102",
                "NAD+BY+" + HUB_GLN + "::9", "NAD+SU+" + SUPPLIER_GLN + "::9", "CUX+2:EUR:9",
                "LIN+1+3+" + GTIN_A + ":EN", "QTY+21:48", "DTM+2:20261130:102", "DTM+69:20261203:102",
                "LIN+2+7+" + GTIN_B + ":EN", "QTY+21:12:KGM", "DTM+2:20261130:102", "UNS+S").bytes();
        Order order = translated(messages(bed.read(file)).get(0), Order.class);
        assertThat(order).isEqualTo(new Order("PO-9001", HUB, new PartyReference(null, SUPPLIER_GLN), LocalDate.of(2026, 11, 20),
                "EUR", OrderStatus.CONFIRMED, List.of(
                new OrderLine(1, PRODUCT_A, new BigDecimal("48"), "H87", REQUESTED, LocalDate.of(2026, 12, 3), OrderLineStatus.RESCHEDULED),
                new OrderLine(2, PRODUCT_B, new BigDecimal("12"), "KGM", REQUESTED, null, OrderLineStatus.REJECTED))));
    }

    @Test
    void x12_855_from_a_supplier_gives_changed_and_refused_lines() {
        byte[] file = EdiFixtures.x12("00401", "PR", SUPPLIER_GLN, "104", new String[] {"855",
            "BAK*00*AC*PO-9002*20261120", "CUR*SE*EUR", "N1*SU*SUPPLIER S*UL*" + SUPPLIER_GLN,
            "PO1*1*48*EA***EN*" + GTIN_A, "DTM*002*20261130", "ACK*DR*48*EA*067*20261203",
            "PO1*2*12*CA***EN*" + GTIN_B, "DTM*002*20261130", "ACK*IR*0*CA", "CTT*2"});
        Order order = translated(messages(bed.read(file)).get(0), Order.class);
        assertThat(order).isEqualTo(new Order("PO-9002", HUB, new PartyReference(null, SUPPLIER_GLN), LocalDate.of(2026, 11, 20),
                "EUR", OrderStatus.CONFIRMED, List.of(
                new OrderLine(1, PRODUCT_A, new BigDecimal("48"), "H87", REQUESTED, LocalDate.of(2026, 12, 3), OrderLineStatus.RESCHEDULED),
                new OrderLine(2, PRODUCT_B, new BigDecimal("12"), "NMP", REQUESTED, null, OrderLineStatus.REJECTED))));
    }

    @Test
    void eancom_desadv_gives_one_shipment_per_sscc() {
        byte[] file = new EdiFixtures.Edifact(null, "UNOC:3", SUPPLIER_GLN, "S0002").message("1", "DESADV:D:96A:UN:EAN007",
                "BGM+351+DES-1+9", "DTM+137:20261201:102", "DTM+11:20261201:102", "RFF+ON:PO-9001",
                "NAD+SU+" + SUPPLIER_GLN + "::9", "NAD+DP+" + HUB_GLN + "::9", "TDT+20++30+31+CARRIERX",
                "CPS+1", "CPS+2+1", "PAC+1++201", "PCI+33E", "GIN+BJ+" + SSCC_1, "LIN+1++" + GTIN_A + ":EN", "QTY+12:24",
                "CPS+3+1", "PAC+1++201", "PCI+33E", "GIN+BJ+" + SSCC_2, "LIN+2++" + GTIN_B + ":EN", "QTY+12:12:KGM",
                "CNT+2:2").bytes();
        List<Shipment> shipments = translatedList(messages(bed.read(file)).get(0), Shipment.class);
        LocalDate shipped = LocalDate.of(2026, 12, 1);
        assertThat(shipments).containsExactly(
                new Shipment("DES-1", List.of("PO-9001"), shipped, "CARRIERX", SSCC_1,
                        List.of(new ShipmentLine(PRODUCT_A, new BigDecimal("24"), "H87"))),
                new Shipment("DES-1", List.of("PO-9001"), shipped, "CARRIERX", SSCC_2,
                        List.of(new ShipmentLine(PRODUCT_B, new BigDecimal("12"), "KGM"))));
    }

    @Test
    void x12_856_gives_one_shipment_per_pack() {
        byte[] file = EdiFixtures.x12("00401", "SH", SUPPLIER_GLN, "105", new String[] {"856",
            "BSN*00*SHP-2*20261201*1015", "HL*1**S", "TD5**2*CARX", "DTM*011*20261201",
            "HL*2*1*O", "PRF*PO-9002",
            "HL*3*2*P", "MAN*GM*00" + SSCC_1, "HL*4*3*I", "LIN**EN*" + GTIN_A, "SN1**24*EA",
            "HL*5*2*P", "MAN*GM*" + SSCC_2, "HL*6*5*I", "LIN**EN*" + GTIN_B, "SN1**12*CA", "CTT*6"});
        List<Shipment> shipments = translatedList(messages(bed.read(file)).get(0), Shipment.class);
        LocalDate shipped = LocalDate.of(2026, 12, 1);
        assertThat(shipments).containsExactly(
                new Shipment("SHP-2", List.of("PO-9002"), shipped, "CARX", SSCC_1,
                        List.of(new ShipmentLine(PRODUCT_A, new BigDecimal("24"), "H87"))),
                new Shipment("SHP-2", List.of("PO-9002"), shipped, "CARX", SSCC_2,
                        List.of(new ShipmentLine(PRODUCT_B, new BigDecimal("12"), "NMP"))));
    }

    @Test
    void an_unsupported_message_type_is_rejected_as_no_agreement() {
        byte[] file = new EdiFixtures.Edifact(null, "UNOC:3", RETAILER_GLN, "R0006")
                .message("1", "IFTSTA:D:96A:UN", "BGM+23+X+9").bytes();
        ReceivedMessage message = messages(bed.read(file)).get(0);
        assertThat(((MessageOutcome.NotSupported) message.outcome()).reason())
                .isEqualTo("message type IFTSTA is not among the EDIFACT messages Passerelle exchanges");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ContrlWriter(bed.schemas).write(EdiNegativeAcknowledgementTest.acknowledge(bed.read(file)),
                OutboundEnvelope.eancom(HUB_GLN, RETAILER_GLN, "9002", "1", NOW, false), out);
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).contains("UCM+1+IFTSTA:D:96A:UN+4+17+UNH+2'");
    }

    static <T> T translated(ReceivedMessage message, Class<T> type) {
        assertThat(message.outcome()).as(message.describe() + ": " + message.outcome()).isInstanceOf(MessageOutcome.Translated.class);
        return ((MessageOutcome.Translated) message.outcome()).payload(type);
    }

    static <T> List<T> translatedList(ReceivedMessage message, Class<T> type) {
        assertThat(message.outcome()).as(message.describe() + ": " + message.outcome()).isInstanceOf(MessageOutcome.Translated.class);
        return ((MessageOutcome.Translated) message.outcome()).payloadList(type);
    }
}
