package io.passerelle.mappings.edi;

import static io.passerelle.mappings.edi.EdiTestBed.RETAILER_GLN;
import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.mappings.edi.read.InboundEdi;
import io.passerelle.mappings.edi.read.InterchangeReader;
import io.passerelle.mappings.edi.read.MessageOutcome;
import io.passerelle.mappings.edi.read.ReadOptions;
import io.passerelle.mappings.edi.read.Received;
import io.passerelle.mappings.edi.read.ReceivedInterchange;
import io.passerelle.mappings.edi.read.ReceivedMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large plain interchange is parsed in chunks of messages on every core: what the reader hands out must
 * be exactly what one pass gives, message for message (index, outcome, errors and their positions,
 * tolerances) and for the interchange (counts, envelope errors reported once, at their place in the file).
 * Each test reads the same file both ways, with chunks of one, two and three messages so that every
 * message boundary is a chunk boundary somewhere.
 */
class ChunkedReadingTest {

    private static final int[] CHUNKS = {1, 2, 3};

    private final EdiTestBed bed = new EdiTestBed(EdiTestBed.forSamples("EUR").codes
            .map("unit-of-measure", EdiTestBed.PARTNER_SYSTEM, "PCE", "H87")
            .map("unit-of-measure", EdiTestBed.PARTNER_SYSTEM, "KGM", "KGM"), "EUR");

    @TempDir
    Path folder;

    @Test
    void an_eancom_interchange_with_bad_messages_reads_in_chunks_as_in_one_pass() {
        EdiFixtures.Edifact interchange = new EdiFixtures.Edifact("UNA:+.? '", "UNOC:3", RETAILER_GLN, "C0001");
        for (int i = 1; i <= 7; i++) {
            String[] body = EdiFixtures.ordersBody("PO-" + i, "48:PCE");
            if (i == 3) {
                body[9] = "QTY+21:forty?+eight:PCE"; // not a number, with a released separator in it
            } else if (i == 5) {
                body[9] = "QTY+21:48:XYZ"; // a unit no table knows
            } else if (i == 6) {
                body[1] = "DTM+137:20261131:102"; // no such date
            }
            interchange.message("M" + i, "ORDERS:D:96A:UN:EAN008", body);
        }
        Path file = write("orders.edi", interchange.bytes());
        assertThat(readsInParallel(file)).isTrue();
        List<Received> read = sameAsOnePass(file);

        List<ReceivedMessage> messages = EdiTestBed.messages(read);
        assertThat(messages).extracting(message -> message.header().index()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(messages).extracting(message -> message.outcome().getClass().getSimpleName()).containsExactly(
                "Translated", "Translated", "Invalid", "Translated", "Unmapped", "Invalid", "Translated");
        ReceivedInterchange end = EdiTestBed.interchanges(read).get(0);
        assertThat(end.messageCount()).isEqualTo(7);
        assertThat(end.envelopeAccepted()).isTrue();
    }

    @Test
    void an_x12_group_with_errors_and_tolerances_reads_in_chunks_as_in_one_pass() {
        String[][] orders = new String[6][];
        for (int i = 0; i < orders.length; i++) {
            orders[i] = EdiFixtures.purchaseOrder("850-" + (i + 1));
        }
        // Tolerated in a message (an empty component after a simple element) and at the end of a segment.
        orders[1][1] = "BEG*00>*SA*850-2**20261123";
        orders[2][6] = orders[2][6] + ">";
        orders[4][6] = "PO1*1*many*EA*2.5**EN*4012345000016"; // not a number
        byte[] x12 = EdiFixtures.x12("00401", "PO", RETAILER_GLN, "771", orders);
        String text = new String(x12, StandardCharsets.ISO_8859_1)
                .replace("GE*6*771~", "GE*6*771>~"); // a tolerated empty component in the trailer: reported once
        Path file = write("po.x12", text.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(readsInParallel(file)).isTrue();
        List<Received> read = sameAsOnePass(file);

        assertThat(EdiTestBed.messages(read)).extracting(message -> message.outcome().getClass().getSimpleName())
                .containsExactly("Translated", "Translated", "Translated", "Translated", "Invalid", "Translated");
        ReceivedInterchange end = EdiTestBed.interchanges(read).get(0);
        assertThat(end.groups()).singleElement().satisfies(group -> assertThat(group.messageCount()).isEqualTo(6));
        assertThat(end.tolerated()).anySatisfy(tolerance -> assertThat(tolerance.toString()).contains("segment(s) end with an empty component"));
    }

    @Test
    void a_byte_0xff_is_data_in_x12_not_a_release_character() {
        String[][] orders = new String[3][];
        for (int i = 0; i < orders.length; i++) {
            orders[i] = EdiFixtures.purchaseOrder("850-" + (i + 1));
        }
        // Right before SE's terminator: taken for a release character, it would hide the end of the message.
        orders[1][orders[1].length - 1] = "CTT*2*\u00ff";
        Path file = write("ff.x12", EdiFixtures.x12("00401", "PO", RETAILER_GLN, "772", orders));
        assertThat(readsInParallel(file)).isTrue();
        sameAsOnePass(file);
    }

    @Test
    void an_unreadable_segment_stops_reading_where_one_pass_stops_and_is_named_where_it_is_in_the_file() {
        EdiFixtures.Edifact interchange = new EdiFixtures.Edifact("UNA:+.? '", "UNOA:3", RETAILER_GLN, "C0005");
        for (int i = 1; i <= 4; i++) {
            String[] body = EdiFixtures.ordersBody("PO-" + i, "48:PCE");
            if (i == 3) {
                body[9] = "@@@+1"; // not a segment tag: StAEDI cannot go on
            }
            interchange.message("M" + i, "ORDERS:D:96A:UN:EAN008", body);
        }
        Path file = write("unreadable.edi", interchange.bytes());
        assertThat(readsInParallel(file)).isTrue();
        List<Received> read = sameAsOnePass(file);

        assertThat(EdiTestBed.messages(read)).hasSize(2);
        // UNA and UNB, 17 segments per message, then UNH and 9 segments of message 3: IMD is at 46.
        assertThat(EdiTestBed.interchanges(read).get(0).fatal()).contains("after segment IMD at position 46",
                "message 3 (ref M3) was being read");
    }

    @Test
    void envelope_errors_are_reported_once_and_where_they_are_in_the_file() {
        String reference = "C000000000000000004"; // longer than the 14 characters of 0020, in UNB and UNZ
        EdiFixtures.Edifact interchange = new EdiFixtures.Edifact(null, "UNOA:3", RETAILER_GLN, reference);
        for (int i = 1; i <= 5; i++) {
            interchange.message("M" + i, "ORDERS:D:96A:UN:EAN008", EdiFixtures.ordersBody("PO-" + i, "48:PCE"));
        }
        Path file = write("reference.edi", interchange.bytes());
        assertThat(readsInParallel(file)).isTrue();
        List<Received> read = sameAsOnePass(file);

        // UNB is segment 1, each message 17 segments: UNZ is segment 87.
        assertThat(EdiTestBed.interchanges(read).get(0).errors())
                .extracting(error -> error.segmentTag() + "@" + error.segmentPosition())
                .containsExactly("UNB@1", "UNZ@87");
    }

    @Test
    void an_envelope_with_a_wrong_count_is_read_in_one_pass_and_the_count_reported() throws IOException {
        EdiFixtures.Edifact interchange = new EdiFixtures.Edifact(null, "UNOA:3", RETAILER_GLN, "C0002");
        for (int i = 1; i <= 4; i++) {
            interchange.message("M" + i, "ORDERS:D:96A:UN:EAN008", EdiFixtures.ordersBody("PO-" + i, "48:PCE"));
        }
        Path file = write("count.edi", interchange.text().replace("UNZ+4+C0002'", "UNZ+5+C0002'")
                .getBytes(StandardCharsets.ISO_8859_1));
        try (InterchangeReader reader = chunked(2).read(file)) {
            assertThat(reader.parallel()).as("a wrong count needs the one pass that reports it").isFalse();
        }
        List<Received> read = sameAsOnePass(file);
        assertThat(EdiTestBed.interchanges(read).get(0).errors()).singleElement()
                .satisfies(error -> assertThat(error.describe()).contains("UNZ"));
    }

    @Test
    void every_public_sample_reads_in_chunks_as_in_one_pass() throws IOException {
        int parallel = 0;
        try (Stream<Path> samples = Files.list(EdiSamples.folder())) {
            for (Path sample : samples.filter(path -> !path.getFileName().toString().equals("MANIFEST.tsv")).sorted().toList()) {
                if (readsInParallel(sample)) {
                    parallel++;
                }
                sameAsOnePass(sample);
            }
        }
        assertThat(parallel).as("samples of several messages read in chunks").isPositive();
    }

    /** Reads the file in one pass and in chunks of each size; asserts they agree and that chunks were used. */
    private List<Received> sameAsOnePass(Path file) {
        List<Received> onePass = readAll(bed.inbound, file, false);
        for (int chunk : CHUNKS) {
            List<Received> chunked = readAll(chunked(chunk), file, true);
            assertThat(render(chunked)).as("%s in chunks of %d message(s)", file.getFileName(), chunk)
                    .containsExactlyElementsOf(render(onePass));
        }
        return onePass;
    }

    private boolean readsInParallel(Path file) {
        try (InterchangeReader reader = chunked(1).read(file)) {
            return reader.parallel();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InboundEdi chunked(int messages) {
        return bed.inbound(ReadOptions.defaults().withChunkMessages(messages));
    }

    private static List<Received> readAll(InboundEdi gateway, Path file, boolean fromFile) {
        List<Received> all = new ArrayList<>();
        try (InterchangeReader reader = fromFile ? gateway.read(file)
                : gateway.read(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            reader.forEachRemaining(all::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** Everything a message or an interchange carries, as text (an unknown code's exception by its message). */
    private static List<String> render(List<Received> received) {
        return received.stream().map(item -> {
            if (item instanceof ReceivedMessage message) {
                String outcome = message.outcome() instanceof MessageOutcome.Unmapped unmapped
                        ? "Unmapped[" + unmapped.cause().getMessage() + "]" : message.outcome().toString();
                return "message " + message.interchange() + " " + message.group() + " " + message.header() + " "
                        + message.kind() + " " + outcome + " " + message.tolerated() + " " + message.content().segments();
            }
            return item.toString();
        }).toList();
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
