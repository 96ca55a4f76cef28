package io.passerelle.bench;

import com.sun.management.OperatingSystemMXBean;
import io.passerelle.mappings.edi.inbound.InboundTranslators;
import io.passerelle.mappings.edi.inbound.TradingPartner;
import io.passerelle.mappings.edi.read.InboundEdi;
import io.passerelle.mappings.edi.read.InterchangeReader;
import io.passerelle.mappings.edi.read.MessageOutcome;
import io.passerelle.mappings.edi.read.ReadOptions;
import io.passerelle.mappings.edi.read.Received;
import io.passerelle.mappings.edi.read.ReceivedInterchange;
import io.passerelle.mappings.edi.read.ReceivedMessage;
import io.passerelle.mappings.edi.schema.MessageKind;
import io.passerelle.mappings.edi.schema.MessageSchemas;
import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.CodeTranslator;
import io.passerelle.mappings.xref.Translation;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Inbound EDI translation throughput next to StAEDI's own parse rate of the same file, in one run, and
 * the heap it needs. Not a JMH benchmark: one operation reads a 50 MB interchange, so the run measures
 * whole passes over the file, three rounds of one pass per reader, interleaved (after a round of warm-up that is
 * not measured), and reports the median of each reader and the peak heap of the translation passes. With a 1 GB
 * heap the file is parsed in chunks on every core, as the hub does; run it with a small heap to show memory does
 * not grow with the file (the gateway then reads in one pass):
 *
 * <pre>java -Xmx1g -cp bench/target/benchmarks.jar io.passerelle.bench.EdiInboundBench [messages]
 * java -Xmx64m -cp bench/target/benchmarks.jar io.passerelle.bench.EdiInboundBench [messages]</pre>
 *
 * With {@code --smooks} (and a heap for Daffodil's schema compiler, {@code -Xmx1g}), Smooks' EDIFACT cartridge
 * reads a smaller file of the same generator, and the gateway reads that file too, for a like-for-like rate:
 *
 * <pre>java -Xmx1g -cp bench/target/benchmarks.jar io.passerelle.bench.EdiInboundBench 99999 --smooks</pre>
 *
 * <ul>
 *   <li>bare parse: StAEDI events from UNA to UNZ, no message schema, nothing kept;</li>
 *   <li>validating parse: StAEDI with Passerelle's ORDERS schema set on each UNH, as the gateway does;</li>
 *   <li>translation: the gateway itself, reading the file as the hub does (sniffing, validation, located errors,
 *       segments held per message, translation to canonical orders through a code translator, canonical
 *       validation): a large plain interchange is parsed in chunks on every core;</li>
 *   <li>translation in one pass: the same, the file read as a stream by one parser (the way before chunks, and
 *       the way of any file that is not one plain interchange).</li>
 * </ul>
 */
public final class EdiInboundBench {

    /** StAEDI's EDIFACT control schema allows 99,999 messages per interchange (the 100,000th is rejected, located). */
    private static final int DEFAULT_MESSAGES = 99_999;
    /** Smooks reads some 50 ORDERS a second here: 2,000 is a pass of about 40 s. */
    private static final int SMOOKS_MESSAGES = 2_000;
    private static final int SMOOKS_WARM_UP_MESSAGES = 300;
    private static final double MB = 1024.0 * 1024.0;
    private static final int ROUNDS = 3;
    /** As the hub reads files: chunks by default on 3 processors or more; -Dpasserelle.edi.chunk-messages=N decides. */
    private static final ReadOptions OPTIONS = ReadOptions.defaults().withChunkMessages(
            Integer.getInteger("passerelle.edi.chunk-messages", ReadOptions.defaults().chunkMessages()));
    /** How the last translation of the file as the hub reads it went: in chunks, or in one pass. */
    private static boolean readInChunks;

    private EdiInboundBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        int messages = options.stream().filter(a -> a.matches("\\d+")).findFirst().map(Integer::parseInt)
                .orElse(DEFAULT_MESSAGES);
        Path file = Files.createTempFile("passerelle-orders-", ".edi");
        try {
            generate(file, messages);
            double size = Files.size(file) / MB;
            System.out.printf("interchange: %d ORDERS messages, %.1f MB, max heap %.0f MB%n", messages, size,
                    Runtime.getRuntime().maxMemory() / MB);
            System.out.println("StAEDI validator: " + validatorBuild());
            InboundEdi gateway = gateway();
            MessageSchemas schemas = new MessageSchemas();
            // A round of warm-up, not measured, so that the measured passes run compiled code: after a warm-up on a
            // 10,000-message file the first measured translation was still the slowest of every run (7.1-11.5 s
            // against 6.0-8.5 s for the next two), with up to 2.6 s of JIT in it.
            Pass warmBare = timed(() -> bareParse(file, null));
            Pass warmValidating = timed(() -> bareParse(file, schemas));
            Pass warmTranslation = timed(() -> translate(gateway, file, messages, true));
            Pass warmOnePass = timed(() -> translate(gateway, file, messages, false));
            System.out.printf("warm-up (not measured): bare parse %.2f s, validating parse %.2f s, translation %.2f s,"
                    + " in one pass %.2f s (JIT %.1f s)%n", warmBare.seconds(), warmValidating.seconds(),
                    warmTranslation.seconds(), warmOnePass.seconds(), warmBare.compileSeconds()
                            + warmValidating.compileSeconds() + warmTranslation.compileSeconds() + warmOnePass.compileSeconds());

            // Rounds of the three passes, interleaved, and the median of each: on two cores a single pass swings
            // by half its time from one run to the next, and a slow spell then falls on one kind of pass alone.
            List<Pass> bares = new ArrayList<>();
            List<Pass> validatings = new ArrayList<>();
            List<Pass> translations = new ArrayList<>();
            List<Pass> onePasses = new ArrayList<>();
            long peak = 0;
            long onePassPeak = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                bares.add(timed(() -> bareParse(file, null)));
                validatings.add(timed(() -> bareParse(file, schemas)));
                resetPeaks();
                translations.add(timed(() -> translate(gateway, file, messages, true)));
                peak = Math.max(peak, peakHeapUsed());
                resetPeaks();
                onePasses.add(timed(() -> translate(gateway, file, messages, false)));
                onePassPeak = Math.max(onePassPeak, peakHeapUsed());
                double bareSeconds = bares.get(round - 1).seconds();
                System.out.printf("round %d: bare parse %.2f s, validating parse %.2f s, translation %.2f s, in one pass"
                                + " %.2f s: translation / bare parse %.0f %% (in one pass %.0f %%)%n", round, bareSeconds,
                        validatings.get(round - 1).seconds(), translations.get(round - 1).seconds(),
                        onePasses.get(round - 1).seconds(), 100 * bareSeconds / translations.get(round - 1).seconds(),
                        100 * bareSeconds / onePasses.get(round - 1).seconds());
            }
            Pass bare = median(bares);
            Pass validating = median(validatings);
            Pass translation = median(translations);
            Pass onePass = median(onePasses);

            System.out.printf("median of %d rounds:%n", ROUNDS);
            report("StAEDI bare parse", bare, messages, size);
            report("StAEDI parse + ORDERS schema", validating, messages, size);
            report("Passerelle translation", translation, messages, size);
            System.out.println(readInChunks ? "  (the file parsed in chunks of " + OPTIONS.chunkMessages()
                    + " messages on every core)" : OPTIONS.chunkMessages() == 0 ? "  (the file read in one pass: chunks"
                    + " are off by default on " + Runtime.getRuntime().availableProcessors() + " processors; add"
                    + " -Dpasserelle.edi.chunk-messages=250 to parse in chunks)" : "  (the file read in one pass: the heap"
                    + " is below " + InboundEdi.MIN_HEAP_FOR_CHUNKS / (1024 * 1024) + " MB, where chunks cost more than"
                    + " they win)");
            report("  the same in one pass", onePass, messages, size);
            System.out.printf("translation / bare parse: %.0f %%   translation / validating parse: %.0f %%   (elapsed time)%n",
                    100 * bare.seconds() / translation.seconds(), 100 * validating.seconds() / translation.seconds());
            System.out.printf("in one pass:              %.0f %%                                 %.0f %%%n",
                    100 * bare.seconds() / onePass.seconds(), 100 * validating.seconds() / onePass.seconds());
            System.out.printf("translation / bare parse: %.0f %%   translation / validating parse: %.0f %%   (CPU time: the"
                            + " gateway parses " + (readInChunks ? "chunks on every core" : "on a second thread")
                            + " while the caller's thread translates)%n",
                    100 * bare.cpuSeconds() / translation.cpuSeconds(), 100 * validating.cpuSeconds() / translation.cpuSeconds());
            System.out.printf("peak heap used during the translation passes: %.1f MB, in one pass %.1f MB (file %.1f MB)%n",
                    peak / MB, onePassPeak / MB, size);
            if (options.contains("--smooks")) {
                compareWithSmooks(gateway);
            } else {
                System.out.println("Smooks EDIFACT cartridge: not run (add --smooks, with -Xmx1g)");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Smooks and the gateway on the same smaller file, after a warm-up that includes Daffodil's schema compilation. */
    private static void compareWithSmooks(InboundEdi gateway) throws Exception {
        Path file = Files.createTempFile("passerelle-smooks-", ".edi");
        Path warmUp = Files.createTempFile("passerelle-smooks-warm-up-", ".edi");
        try (SmooksEdifactPeer smooks = new SmooksEdifactPeer()) {
            generate(file, SMOOKS_MESSAGES);
            generate(warmUp, SMOOKS_WARM_UP_MESSAGES);
            double size = Files.size(file) / MB;
            Pass compile = timed(() -> smooks.read(warmUp));
            smooks.read(warmUp);
            Pass bySmooks = timed(() -> smooks.read(file));
            Pass byGateway = timed(() -> translate(gateway, file, SMOOKS_MESSAGES, true));
            System.out.printf("same generator, %d ORDERS (%.1f MB); Smooks' first file, with its D.96A schema"
                    + " compilation: %.0f s%n", SMOOKS_MESSAGES, size, compile.seconds());
            report("Smooks EDIFACT cartridge", bySmooks, SMOOKS_MESSAGES, size);
            report("Passerelle translation", byGateway, SMOOKS_MESSAGES, size);
            System.out.printf("translation / Smooks: %.1f x (elapsed), %.1f x (CPU)%n", bySmooks.seconds() / byGateway.seconds(),
                    bySmooks.cpuSeconds() / byGateway.cpuSeconds());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(warmUp);
        }
    }

    /** Whether the run uses the UsageNode patch Passerelle carries (see mappings' copy of that class). */
    private static String validatorBuild() {
        try {
            Class.forName("io.xlate.edi.internal.stream.validation.UsageNode").getDeclaredField("dirty");
            return "StAEDI with Passerelle's carried UsageNode patch";
        } catch (ReflectiveOperationException e) {
            return "StAEDI as released (Passerelle's UsageNode patch is not on the class path)";
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /** A pass's elapsed time and the CPU time the whole process spent meanwhile (every thread, GC included). */
    private record Pass(double seconds, double cpuSeconds, double compileSeconds, double gcSeconds) {
    }

    private static Pass median(List<Pass> passes) {
        List<Pass> sorted = passes.stream().sorted(Comparator.comparingDouble(Pass::seconds)).toList();
        return sorted.get(sorted.size() / 2);
    }

    /** One pass over the whole file: at 50 MB a pass is long enough to measure alone. */
    private static Pass timed(Work work) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long compile = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long gc = gcMillis();
        long start = System.nanoTime();
        work.run();
        return new Pass((System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9,
                (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compile) / 1e3, (gcMillis() - gc) / 1e3);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    private static void report(String what, Pass pass, int messages, double size) {
        System.out.printf("%-30s %7.2f s  %,10.0f msgs/s  %6.2f MB/s   CPU %6.2f s (JIT %4.1f s, GC %4.1f s)%n", what,
                pass.seconds(), messages / pass.seconds(), size / pass.seconds(), pass.cpuSeconds(), pass.compileSeconds(),
                pass.gcSeconds());
    }

    private static void bareParse(Path file, MessageSchemas schemas) throws Exception {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        long events = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
             EDIStreamReader reader = factory.createEDIStreamReader(in, StandardCharsets.ISO_8859_1.name())) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                events++;
                if (schemas != null && event == EDIStreamEvent.END_SEGMENT && "UNH".equals(reader.getLocation().getSegmentTag())) {
                    reader.setTransactionSchema(schemas.forWriting(MessageKind.ORDERS, "96A").schema());
                }
            }
        }
        if (events == 0) {
            throw new IllegalStateException("no events read from " + file);
        }
    }

    /** @param asFile read the file as the hub does ({@link InboundEdi#read(Path)}); otherwise as a stream, in one pass */
    private static void translate(InboundEdi gateway, Path file, int expected, boolean asFile) throws Exception {
        int translated = 0;
        try (InterchangeReader reader = asFile ? gateway.read(file) : gateway.read(Files.newInputStream(file))) {
            if (asFile) {
                readInChunks = reader.parallel();
            }
            while (reader.hasNext()) {
                Received received = reader.next();
                if (received instanceof ReceivedMessage message && message.outcome() instanceof MessageOutcome.Translated) {
                    translated++;
                } else if (received instanceof ReceivedMessage message) {
                    throw new IllegalStateException(message.describe() + ": " + message.outcome());
                } else if (received instanceof ReceivedInterchange interchange && !interchange.envelopeAccepted()) {
                    throw new IllegalStateException("interchange refused: " + interchange);
                }
            }
        }
        if (translated != expected) {
            throw new IllegalStateException(translated + " orders translated, " + expected + " expected");
        }
    }

    private static InboundEdi gateway() {
        TradingPartner partner = new TradingPartner("edi-retailer-r", "erp", "EUR");
        return new InboundEdi(new MessageSchemas(), InboundTranslators.standard(), interchange -> partner,
                new MappedCodes(), List.of("4012345000009"), OPTIONS);
    }

    /**
     * Codes as the conversion tables' cache answers them once warm: a lookup per code, no database. Keeps
     * nothing per sighting, so that the heap measured is the gateway's.
     */
    private static final class MappedCodes extends CodeTranslator {

        MappedCodes() {
            super(null, null);
        }

        @Override
        public Translation toCanonical(CodeSighting sighting) {
            String code = sighting.code();
            return new Translation(sighting.domain().equals("product") ? "PRD-" + code : code, Translation.How.MAPPED);
        }
    }

    /** An EANCOM D.96A ORDERS interchange of the given number of 5-line orders, written as a stream. */
    static void generate(Path file, int messages) throws Exception {
        String[] gtins = {"4012345000016", "4012345000023", "4012345000030", "4012345000047", "4012345000054"};
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.ISO_8859_1), 1 << 16)) {
            out.write("UNA:+.? '\nUNB+UNOC:3+5412345000013:14+4012345000009:14+261123:1015+BENCH1'\n");
            for (int m = 1; m <= messages; m++) {
                StringBuilder body = new StringBuilder(512);
                body.append("BGM+220+PO-").append(m).append("+9'\n")
                        .append("DTM+137:20261123:102'\nDTM+2:20261130:102'\n")
                        .append("NAD+BY+5412345000013::9'\nNAD+SU+4012345000009::9'\nCUX+2:EUR:9'\n");
                int segments = 6;
                for (int line = 1; line <= gtins.length; line++) {
                    body.append("LIN+").append(line).append("++").append(gtins[line - 1]).append(":EN'\n")
                            .append("PIA+1+R-").append(line).append(":IN'\n")
                            .append("IMD+F++:::Produit ").append(line).append("'\n")
                            .append("QTY+21:").append(1 + (m + line) % 97).append(":H87'\n");
                    segments += 4;
                }
                body.append("UNS+S'\nCNT+2:").append(gtins.length).append("'\n");
                segments += 2;
                out.write("UNH+" + m + "+ORDERS:D:96A:UN:EAN008'\n");
                out.write(body.toString());
                out.write("UNT+" + (segments + 2) + "+" + m + "'\n");
            }
            out.write("UNZ+" + messages + "+BENCH1'\n");
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of what was live at once (young garbage included). */
    private static long peakHeapUsed() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
