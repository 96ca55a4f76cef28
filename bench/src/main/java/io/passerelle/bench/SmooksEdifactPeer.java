package io.passerelle.bench;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.smooks.Smooks;
import org.smooks.cartridges.edifact.EdifactReaderConfigurator;
import org.smooks.io.sink.WriterSink;
import org.smooks.io.source.StreamSource;

/**
 * Smooks' UN/EDIFACT cartridge (2.0.0, Apache Daffodil with the D.96A DFDL schema pack) reading the same
 * ORDERS interchange into its XML events, for comparison with Passerelle's reading. The XML it writes is
 * counted and thrown away, as Passerelle's canonical orders are. Daffodil compiles the D.96A schema once, when
 * the first file is read (about a minute on 2 cores), so that pass is a warm-up and is not timed.
 */
final class SmooksEdifactPeer implements AutoCloseable {

    private final Smooks smooks = new Smooks();

    SmooksEdifactPeer() {
        smooks.setReaderConfig(new EdifactReaderConfigurator("/d96a/EDIFACT-Messages.dfdl.xsd")
                .setMessageTypes(List.of("ORDERS")));
    }

    /** Reads the file to XML; returns the number of XML characters Smooks produced, to show it did the work. */
    long read(Path file) throws Exception {
        CountingWriter xml = new CountingWriter();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            smooks.filterSource(new StreamSource<>(in), new WriterSink<>(xml));
        }
        if (xml.count == 0) {
            throw new IllegalStateException("Smooks produced nothing from " + file);
        }
        return xml.count;
    }

    @Override
    public void close() {
        smooks.close();
    }

    private static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] chars, int offset, int length) {
            count += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
