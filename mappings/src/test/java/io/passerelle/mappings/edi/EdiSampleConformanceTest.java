package io.passerelle.mappings.edi;

import static io.passerelle.mappings.edi.EdiTestBed.interchanges;
import static io.passerelle.mappings.edi.EdiTestBed.messages;
import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.canonical.Order;
import io.passerelle.canonical.OrderLine;
import io.passerelle.canonical.OrderLineStatus;
import io.passerelle.canonical.OrderStatus;
import io.passerelle.canonical.PartyReference;
import io.passerelle.canonical.ProductReference;
import io.passerelle.canonical.Shipment;
import io.passerelle.canonical.ShipmentLine;
import io.passerelle.canonical.validation.Violation;
import io.passerelle.mappings.edi.read.MessageOutcome;
import io.passerelle.mappings.edi.read.Received;
import io.passerelle.mappings.edi.read.ReceivedInterchange;
import io.passerelle.mappings.edi.read.ReceivedMessage;
import io.passerelle.mappings.xref.CodeSighting;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public samples (see {@link EdiSamples}) read as a partner would send them: each ORDERS, 850, 855
 * and 856 into canonical objects, with the values the file carries asserted one by one. Where a sample
 * itself breaks the canonical rules (a GTIN with a wrong check digit, a response without a requested
 * date), syntax is accepted and the exact rule broken is asserted: that is what the stewards would see.
 */
class EdiSampleConformanceTest {

    private final EdiTestBed bed = EdiTestBed.forSamples("EUR");

    @Test
    void every_sample_is_read_to_the_end_of_its_interchanges() throws Exception {
        try (Stream<Path> files = Files.list(EdiSamples.folder())) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("MANIFEST")).toList()) {
                List<ReceivedInterchange> interchanges = interchanges(bed.read(file));
                assertThat(interchanges).as(file.getFileName().toString()).isNotEmpty()
                        .allSatisfy(interchange -> assertThat(interchange.fatal()).as(file.getFileName().toString()).isNull());
            }
        }
    }

    @Test
    void eancom_d01b_orders_in_unoc_with_146_lines() {
        List<Received> received = bed.read(EdiSamples.sample("12_edifact__example_order_ok.edi"));
        ReceivedMessage message = single(received);
        assertThat(message.header().identifier()).hasToString("ORDERS:D:01B:UN:EAN010");
        Order order = translated(message, Order.class);

        assertThat(order.orderNumber()).isEqualTo("2019265563");
        assertThat(order.orderDate()).isEqualTo(LocalDate.of(2018, 12, 5));
        assertThat(order.buyer()).isEqualTo(new PartyReference("4250159300001", "4250159300001"));
        assertThat(order.seller()).isEqualTo(new PartyReference(null, "4399901760448"));
        assertThat(order.currency()).as("no CUX: the partner's agreed currency").isEqualTo("EUR");
        assertThat(order.status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(order.lines()).hasSize(146);
        LocalDate requested = LocalDate.of(2018, 12, 6);
        assertThat(order.lines().get(0)).isEqualTo(new OrderLine(1, new ProductReference("6001001", null),
                new BigDecimal("2"), "NMP", requested, null, OrderLineStatus.OPEN));
        assertThat(order.lines().get(2)).isEqualTo(new OrderLine(3, new ProductReference("6001011", null),
                new BigDecimal("1"), "NMP", requested, null, OrderLineStatus.OPEN));
        assertThat(order.lines().get(145)).isEqualTo(new OrderLine(146, new ProductReference("6983253", null),
                new BigDecimal("2"), "NMP", requested, null, OrderLineStatus.OPEN));
        assertThat(order.lines()).extracting(OrderLine::unit).containsOnly("NMP", "H87");

        // The buyer's article number (PIA IN) is the code mapped; the release character (A?+A) is undone
        // in the label the stewards see. The sample's umlauts were already replaced by U+FFFD (bytes EF BF
        // BD) before it was published: UNOC (ISO 8859-1) decoding shows those three bytes as they are.
        assertThat(bed.codes.sightings()).filteredOn(s -> s.domain().equals("product")).first()
                .extracting(CodeSighting::code, CodeSighting::label)
                .containsExactly("6001001", "Butter 40x250g Alu");
        assertThat(bed.codes.sightings()).filteredOn(s -> s.domain().equals("customer")).first()
                .extracting(CodeSighting::code, CodeSighting::label)
                .containsExactly("4250159300001", "A+A K\u00ef\u00bf\u00bdlte GmbH");

        ReceivedInterchange interchange = interchanges(received).get(0);
        assertThat(interchange.header().syntaxIdentifier()).isEqualTo("UNOC:3");
        assertThat(interchange.header().controlNumber()).isEqualTo("896");
        assertThat(interchange.header().test()).isTrue();
        assertThat(interchange.envelopeAccepted()).isTrue();
    }

    @Test
    void eancom_orders_with_a_bad_item_description_is_rejected_at_its_segment() {
        ReceivedMessage message = single(bed.read(EdiSamples.sample("13_edifact__example_order_error.edi")));
        List<EdiValidationError> errors = ((MessageOutcome.Invalid) message.outcome()).errors();
        assertThat(errors).extracting(EdiValidationError::segmentTag, EdiValidationError::segmentPosition,
                        EdiValidationError::elementPosition, EdiValidationError::componentPosition, EdiValidationError::error)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("IMD", 359, 3, 6, EDIStreamValidationError.DATA_ELEMENT_TOO_LONG),
                        org.assertj.core.groups.Tuple.tuple("IMD", 359, 3, 7, EDIStreamValidationError.TOO_MANY_COMPONENTS));
        assertThat(errors.get(0).describe()).isEqualTo("interchange 896, message 1 (ref 2019265563), segment IMD at "
                + "position 359, element 3, component 6 (3453): DATA_ELEMENT_TOO_LONG, expected at most 3 characters for "
                + "3453 Language name code, found 14 characters \"10 und So\u00ef\u00bf\u00bd 1\"");
    }

    @Test
    void eancom_orders_in_a_functional_group_with_a_wrong_segment_count_is_rejected_with_both_faults() {
        List<Received> received = bed.read(EdiSamples.sample("20_staedi__orders-with-group.edi"));
        ReceivedMessage message = single(received);
        assertThat(message.group().controlNumber()).isEqualTo("1");
        List<EdiValidationError> errors = ((MessageOutcome.Invalid) message.outcome()).errors();
        assertThat(errors).extracting(EdiValidationError::segmentTag, EdiValidationError::error).containsExactly(
                org.assertj.core.groups.Tuple.tuple("UNH", EDIStreamValidationError.DATA_ELEMENT_TOO_LONG),
                org.assertj.core.groups.Tuple.tuple("UNT", EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT));
        assertThat(errors.get(1).expected()).isEqualTo("18 (the actual count)");
        assertThat(errors.get(1).found()).isEqualTo("\"21\" declared in UNT");
        // Rejected, not lost: the body is kept for the report and for a steward to replay once corrected.
        assertThat(message.content().first("BGM").orElseThrow().element(2)).isEqualTo("C1441747");
    }

    @Test
    void x12_850_vics_004010_twice_in_one_file() {
        List<ReceivedMessage> messages = messages(bed.read(EdiSamples.sample("31_node-x12__850_fat.edi")));
        assertThat(messages).hasSize(2);
        for (ReceivedMessage message : messages) {
            Order order = translated(message, Order.class);
            assertThat(order.orderNumber()).isEqualTo("08292233294");
            assertThat(order.orderDate()).isEqualTo(LocalDate.of(2010, 11, 27));
            assertThat(order.buyer()).as("no N1 BY: the ISA sender").isEqualTo(new PartyReference("4405197800", null));
            assertThat(order.seller()).isEqualTo(new PartyReference(null, EdiTestBed.HUB_GLN));
            assertThat(order.lines()).extracting(OrderLine::lineNumber, line -> line.product().productId(), OrderLine::quantity)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1, "065322-117", new BigDecimal("120")),
                            org.assertj.core.groups.Tuple.tuple(2, "066850-116", new BigDecimal("220")),
                            org.assertj.core.groups.Tuple.tuple(3, "060733-110", new BigDecimal("126")),
                            org.assertj.core.groups.Tuple.tuple(4, "065308-116", new BigDecimal("76")),
                            org.assertj.core.groups.Tuple.tuple(5, "065374-118", new BigDecimal("72")),
                            org.assertj.core.groups.Tuple.tuple(6, "067504-118", new BigDecimal("696")));
            assertThat(order.lines()).extracting(OrderLine::unit).containsOnly("EA");
            assertThat(order.lines()).extracting(OrderLine::requestedDeliveryDate).containsOnly(LocalDate.of(2010, 12, 14));
        }
        assertThat(messages.get(0).header().identifier().version()).isEqualTo("004010VICS");
    }

    @Test
    void x12_850_004010_with_two_orders_one_line_separated() {
        List<Received> received = bed.read(EdiSamples.sample("34_EDI.Net__x12.850.issue135.edi"));
        List<ReceivedMessage> messages = messages(received);
        assertThat(messages).hasSize(2);

        Order first = translated(messages.get(0), Order.class);
        assertThat(first.orderNumber()).isEqualTo("740150");
        assertThat(first.orderDate()).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(first.buyer()).isEqualTo(new PartyReference("049351117", null));
        assertThat(first.currency()).isEqualTo("USD");
        assertThat(first.lines()).hasSize(10);
        assertThat(first.lines().get(0)).isEqualTo(new OrderLine(10, new ProductReference("F07EXPLBA1818", null),
                new BigDecimal("13200"), "FTK", LocalDate.of(2019, 3, 9), null, OrderLineStatus.OPEN));
        assertThat(first.lines().get(6)).isEqualTo(new OrderLine(100, new ProductReference("F07EXPLBA1818", null),
                new BigDecimal("6000"), "FTK", LocalDate.of(2019, 5, 17), null, OrderLineStatus.OPEN));

        Order second = translated(messages.get(1), Order.class);
        assertThat(second.orderNumber()).isEqualTo("740151");
        assertThat(second.orderDate()).isEqualTo(LocalDate.of(2019, 11, 1));
        assertThat(second.lines()).hasSize(11);
        assertThat(second.lines().get(5)).isEqualTo(new OrderLine(110, new ProductReference("F19POCOSM0624P14", null),
                new BigDecimal("13430"), "FTK", LocalDate.of(2019, 3, 26), null, OrderLineStatus.OPEN));

        // The ISA's fixed width puts "~" in ISA16 and the line feed as terminator: every segment then ends
        // with an empty component, which is read without it and reported, not rejected.
        ReceivedInterchange interchange = interchanges(received).get(0);
        assertThat(interchange.header().test()).isTrue();
        assertThat(interchange.envelopeAccepted()).isTrue();
        assertThat(interchange.tolerated()).extracting(Tolerance::what).contains("184 segment(s) end with an empty "
                + "component (the ISA16 component separator right before the segment terminator): read without it");
    }

    @Test
    void x12_855_from_a_supplier_gives_line_statuses_and_promised_dates() {
        ReceivedMessage message = single(bed.read(EdiSamples.sample("32_node-x12__855.edi")));
        MessageOutcome.BreaksCanonicalRules outcome = (MessageOutcome.BreaksCanonicalRules) message.outcome();
        Order order = outcome.payload(Order.class);
        assertThat(order.orderNumber()).isEqualTo("POTEST1112");
        assertThat(order.orderDate()).isEqualTo(LocalDate.of(2020, 10, 15));
        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.currency()).isEqualTo("USD");
        assertThat(order.buyer()).as("our order: we are the buyer").isEqualTo(new PartyReference(null, EdiTestBed.HUB_GLN));
        assertThat(order.lines()).extracting(OrderLine::lineNumber, line -> line.product().gtin(), OrderLine::quantity,
                        OrderLine::unit, OrderLine::promisedDeliveryDate, OrderLine::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "9780446360265", new BigDecimal("3"), "H87", LocalDate.of(2004, 12, 31), OrderLineStatus.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple(2, "9780767928427", new BigDecimal("2"), "H87", LocalDate.of(2007, 10, 9), OrderLineStatus.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(3, "9780099599531", new BigDecimal("1"), "H87", LocalDate.of(2004, 12, 31), OrderLineStatus.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(4, "9780446360272", new BigDecimal("2"), "H87", LocalDate.of(2004, 12, 31), OrderLineStatus.ACCEPTED));
        // The sample names its seller by a private code only and repeats no requested date: both are
        // canonical rules, reported for the routes to complete from the purchase order we sent.
        assertThat(outcome.violations()).extracting(Violation::path).containsExactlyInAnyOrder("seller.id",
                "lines[0].requestedDeliveryDate", "lines[1].requestedDeliveryDate", "lines[2].requestedDeliveryDate",
                "lines[3].requestedDeliveryDate");
    }

    @Test
    void x12_856_crossdock_gives_one_shipment_per_pack_with_its_sscc() {
        ReceivedMessage message = single(bed.read(EdiSamples.sample("37_EdiEngine__856.Crossdock.OK.edi")));
        MessageOutcome.BreaksCanonicalRules outcome = (MessageOutcome.BreaksCanonicalRules) message.outcome();
        List<Shipment> shipments = outcome.payloadList(Shipment.class);
        assertThat(shipments).extracting(Shipment::sscc, Shipment::orderNumbers).containsExactly(
                org.assertj.core.groups.Tuple.tuple("000715670002152360", List.of("POREF00")),
                org.assertj.core.groups.Tuple.tuple("000715670002152377", List.of("POREF00")),
                org.assertj.core.groups.Tuple.tuple("000715670002152384", List.of("POREF00")),
                org.assertj.core.groups.Tuple.tuple("000715670002152391", List.of("POREF00")),
                org.assertj.core.groups.Tuple.tuple("000715670002152111", List.of("POREF01")));
        assertThat(shipments).allSatisfy(shipment -> {
            assertThat(shipment.shipmentId()).isEqualTo("000009");
            assertThat(shipment.shipDate()).isEqualTo(LocalDate.of(2009, 9, 21));
            assertThat(shipment.carrier()).isEqualTo("OVNT");
        });
        assertThat(shipments.get(1).lines()).containsExactly(
                new ShipmentLine(new ProductReference("0000000000831", "0000000000831"), new BigDecimal("12"), "EA"));
        // The sample's SSCCs and UPCs carry made-up check digits: each one is named.
        assertThat(outcome.violations()).extracting(Violation::path).contains("[0].sscc", "[1].lines[0].product.gtin");
    }

    @Test
    void x12_856_004060_without_pack_level_gives_one_shipment_per_order() {
        for (String sample : List.of("33_node-x12__856.edi", "38_gozer__asn856.txt")) {
            List<Received> received = bed.read(EdiSamples.sample(sample));
            ReceivedMessage message = single(received);
            assertThat(message.outcome()).as(message.outcome().toString()).isInstanceOf(MessageOutcome.BreaksCanonicalRules.class);
            MessageOutcome.BreaksCanonicalRules outcome = (MessageOutcome.BreaksCanonicalRules) message.outcome();
            Shipment shipment = outcome.payloadList(Shipment.class).get(0);
            assertThat(shipment.shipmentId()).as(sample).isEqualTo("829716");
            assertThat(shipment.orderNumbers()).isEqualTo(List.of("99999817"));
            assertThat(shipment.shipDate()).isEqualTo(LocalDate.of(2011, 12, 6));
            assertThat(shipment.carrier()).isEqualTo("XXXX");
            assertThat(shipment.lines()).containsExactly(
                    new ShipmentLine(new ProductReference("999999310145", "999999310145"), new BigDecimal("24"), "EA"),
                    new ShipmentLine(new ProductReference("999999311746", "999999311746"), new BigDecimal("6"), "EA"));
            assertThat(outcome.violations()).extracting(Violation::path)
                    .containsExactlyInAnyOrder("[0].sscc", "[0].lines[0].product.gtin", "[0].lines[1].product.gtin");
        }
        ReceivedInterchange gozer = interchanges(bed.read(EdiSamples.sample("38_gozer__asn856.txt"))).get(0);
        assertThat(gozer.errors()).singleElement().satisfies(error -> {
            assertThat(error.segmentTag()).isEqualTo("IEA");
            assertThat(error.error()).isEqualTo(EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH);
            assertThat(error.found()).isEqualTo("\"000000049\"");
        });
    }

    private static ReceivedMessage single(List<Received> received) {
        List<ReceivedMessage> messages = messages(received);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static <T> T translated(ReceivedMessage message, Class<T> type) {
        assertThat(message.outcome()).as(message.describe()).isInstanceOf(MessageOutcome.Translated.class);
        return ((MessageOutcome.Translated) message.outcome()).payload(type);
    }
}
