package io.passerelle.mappings.edi;

import static io.passerelle.mappings.edi.EdiTestBed.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.passerelle.mappings.edi.ack.AcknowledgementCollector;
import io.passerelle.mappings.edi.ack.AcknowledgementStatus;
import io.passerelle.mappings.edi.ack.AcknowledgementStatus.MessageStatus;
import io.passerelle.mappings.edi.ack.AcknowledgementStatus.ReportedError;
import io.passerelle.mappings.edi.ack.AcknowledgementStatus.Status;
import io.passerelle.mappings.edi.ack.ContrlWriter;
import io.passerelle.mappings.edi.ack.InterchangeAcknowledgement;
import io.passerelle.mappings.edi.ack.X12AcknowledgementWriter;
import io.passerelle.mappings.edi.outbound.OutboundEnvelope;
import io.passerelle.mappings.edi.read.MessageOutcome;
import io.passerelle.mappings.edi.read.Received;
import io.passerelle.mappings.edi.read.ReceivedMessage;
import io.passerelle.mappings.edi.schema.MessageKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The two faulty public samples answered with a negative acknowledgement that names the fault, and the
 * acknowledgement read back with Passerelle's own reader, as the partner's system would read it.
 */
class EdiNegativeAcknowledgementTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 15);

    private final EdiTestBed bed = EdiTestBed.forSamples("EUR");

    @Test
    void the_bad_eancom_order_gets_a_contrl_naming_segment_359_element_3() {
        InterchangeAcknowledgement acknowledgement = acknowledge(bed.read(EdiSamples.sample("13_edifact__example_order_error.edi")));
        assertThat(acknowledgement.positive()).isFalse();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ContrlWriter(bed.schemas).write(acknowledgement,
                OutboundEnvelope.eancom(EdiTestBed.HUB_GLN, "4250159300001", "7001", "1", NOW, false), out);
        String contrl = out.toString(StandardCharsets.ISO_8859_1);
        assertThat(contrl).contains("UCI+896+4250159300001:14+unbekannt:14+7'")
                .contains("UCM+2019265563+ORDERS:D:01B:UN:EAN010+4'")
                .contains("UCS+359'")
                .contains("UCD+39+3:6'")
                .contains("UCD+16+3:7'");

        ReceivedMessage readBack = messages(bed.read(out.toByteArray())).get(0);
        assertThat(readBack.kind()).isEqualTo(MessageKind.CONTRL);
        AcknowledgementStatus status = ((MessageOutcome.Translated) readBack.outcome()).payload(AcknowledgementStatus.class);
        assertThat(status.interchange()).isEqualTo("896");
        assertThat(status.status()).isEqualTo(Status.PARTIALLY_ACCEPTED);
        MessageStatus message = status.messages().get(0);
        assertThat(message.reference()).isEqualTo("2019265563");
        assertThat(message.status()).isEqualTo(Status.REJECTED);
        assertThat(message.errors()).extracting(ReportedError::segmentPosition, ReportedError::elementPosition,
                ReportedError::componentPosition, ReportedError::code).containsExactly(
                tuple(359, 3, 6, "39"),
                tuple(359, 3, 7, "16"));
        assertThat(message.errors().get(0).description()).isEqualTo("data element too long");
    }

    @Test
    void the_non_compliant_832_gets_a_997_naming_btc_at_position_2_as_not_in_the_transaction_set() {
        byte[] ack = x12Acknowledgement("00401");
        String text = new String(ack, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("ST*997*0001~").contains("AK1*PR*28307~").contains("AK2*832*0001~")
                .contains("AK3*BTC*2**6~").contains("AK3*REF*3**3~").contains("AK5*R*5~").contains("AK9*R*1*1*0~");

        AcknowledgementStatus status = readBack(ack, MessageKind.X12_997);
        assertThat(status.group()).isEqualTo("28307");
        assertThat(status.status()).isEqualTo(Status.REJECTED);
        MessageStatus message = status.messages().get(0);
        assertThat(message.reference()).isEqualTo("0001");
        assertThat(message.errors()).extracting(ReportedError::segmentTag, ReportedError::segmentPosition, ReportedError::code)
                .containsExactly(tuple("BTC", 2, "6"), tuple("REF", 3, "3"), tuple("SE", 0, "5"));
    }

    @Test
    void the_same_fault_in_a_999_for_a_partner_on_005010() {
        byte[] ack = x12Acknowledgement("00501");
        String text = new String(ack, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("ST*999*0001*005010X231~").contains("IK3*BTC*2**6~").contains("IK5*R*5~");

        AcknowledgementStatus status = readBack(ack, MessageKind.X12_999);
        assertThat(status.messages().get(0).errors()).extracting(ReportedError::segmentTag, ReportedError::segmentPosition,
                ReportedError::code).contains(tuple("BTC", 2, "6"), tuple("REF", 3, "3"));
    }

    private byte[] x12Acknowledgement(String isaVersion) {
        InterchangeAcknowledgement acknowledgement = acknowledge(bed.read(EdiSamples.sample("36_stupidedi__2.edi")));
        assertThat(acknowledgement.positive()).isFalse();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new X12AcknowledgementWriter(bed.schemas).write(acknowledgement, OutboundEnvelope.x12(isaVersion, "ZZ", "BALDOR",
                "ZZ", "CUSTOMER", "5001", "5001", "0001", NOW, false), out);
        return out.toByteArray();
    }

    private AcknowledgementStatus readBack(byte[] ack, MessageKind kind) {
        ReceivedMessage message = messages(bed.read(ack)).get(0);
        assertThat(message.kind()).isEqualTo(kind);
        return ((MessageOutcome.Translated) message.outcome()).payload(AcknowledgementStatus.class);
    }

    static InterchangeAcknowledgement acknowledge(List<Received> received) {
        AcknowledgementCollector collector = new AcknowledgementCollector();
        Optional<InterchangeAcknowledgement> done = Optional.empty();
        for (Received item : received) {
            done = collector.add(item);
        }
        return done.orElseThrow();
    }
}
