package io.passerelle.mappings.edi;

import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.mappings.edi.inbound.InboundTranslators;
import io.passerelle.mappings.edi.inbound.TradingPartner;
import io.passerelle.mappings.edi.read.InboundEdi;
import io.passerelle.mappings.edi.read.InterchangeReader;
import io.passerelle.mappings.edi.read.MessageOutcome;
import io.passerelle.mappings.edi.read.ReadOptions;
import io.passerelle.mappings.edi.read.Received;
import io.passerelle.mappings.edi.read.ReceivedInterchange;
import io.passerelle.mappings.edi.read.ReceivedMessage;
import io.passerelle.mappings.edi.schema.MessageSchemas;
import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.Translation;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reader parses ahead on another thread and translates on the caller's: what that must not change.
 */
class InterchangeReadAheadTest {

    private static final int MESSAGES = 2_000;

    @Test
    void codesAreTranslatedOnTheCallersThreadAndMessagesComeInOrder() throws IOException {
        Set<String> translatingThreads = new HashSet<>();
        InMemoryCodeTranslator codes = new InMemoryCodeTranslator() {
            @Override
            public Translation toCanonical(CodeSighting sighting) {
                translatingThreads.add(Thread.currentThread().getName());
                return super.toCanonical(sighting);
            }
        }.passThrough("customer").passThrough("product").passThrough("unit-of-measure");
        int index = 0;
        ReceivedInterchange end = null;
        try (InterchangeReader reader = gateway(codes).read(new ByteArrayInputStream(interchange()))) {
            while (reader.hasNext()) {
                Received received = reader.next();
                if (received instanceof ReceivedMessage message) {
                    index++;
                    assertThat(message.header().index()).isEqualTo(index);
                    assertThat(message.outcome()).isInstanceOf(MessageOutcome.Translated.class);
                } else {
                    end = (ReceivedInterchange) received;
                }
            }
        }
        assertThat(index).isEqualTo(MESSAGES);
        assertThat(end).isNotNull();
        assertThat(end.messageCount()).isEqualTo(MESSAGES);
        assertThat(end.fatal()).isNull();
        assertThat(translatingThreads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void closingAfterTheFirstMessageStopsReadingAndClosesTheStream() throws IOException {
        byte[] file = interchange();
        Counted in = new Counted(new ByteArrayInputStream(file));
        InMemoryCodeTranslator codes = new InMemoryCodeTranslator().passThrough("customer").passThrough("product")
                .passThrough("unit-of-measure");
        try (InterchangeReader reader = gateway(codes).read(in)) {
            assertThat(reader.next()).isInstanceOf(ReceivedMessage.class);
        }
        assertThat(in.closed).isTrue();
        long readAtClose = in.read;
        assertThat(readAtClose).isLessThan(file.length / 2);
    }

    private static InboundEdi gateway(InMemoryCodeTranslator codes) {
        TradingPartner partner = new TradingPartner(EdiTestBed.PARTNER_SYSTEM, "erp", "EUR");
        return new InboundEdi(new MessageSchemas(), InboundTranslators.standard(), interchange -> partner, codes,
                List.of(EdiTestBed.HUB_GLN), ReadOptions.defaults());
    }

    private static byte[] interchange() {
        EdiFixtures.Edifact edifact = new EdiFixtures.Edifact(null, "UNOC:3", EdiTestBed.RETAILER_GLN, "RA1");
        for (int m = 1; m <= MESSAGES; m++) {
            edifact.message(String.valueOf(m), "ORDERS:D:96A:UN:EAN008", EdiFixtures.ordersBody("PO-" + m, "4:H87"));
        }
        return edifact.bytes();
    }

    private static final class Counted extends FilterInputStream {
        long read;
        boolean closed;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            read += Math.max(0, count);
            return count;
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
