package io.passerelle.mappings.edi.read;

import io.passerelle.mappings.edi.EdiStandard;
import io.passerelle.mappings.edi.ErrorScope;
import io.passerelle.mappings.edi.InterchangeHeader;
import io.passerelle.mappings.edi.Tolerance;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * The received bytes made ready for StAEDI: byte order mark skipped, charset chosen from the syntax
 * identifier, a mis-padded ISA re-padded, and a missing last terminator supplied. Everything done is
 * recorded as a {@link Tolerance}; nothing is read ahead beyond {@link InterchangeSniffer#LOOK_AHEAD}
 * bytes, so the stream stays a stream.
 */
final class PreparedInput {

    private static final int BUFFER = 64 * 1024;

    private final InputStream stream;
    private final InterchangeSniffer.Sniffed sniffed;
    private final Charset charset;
    private final List<Tolerance> tolerated;
    private final FinalTerminatorStream ending;
    private final EmptyTrailingComponentStream components;
    private long reportedDrops;

    private PreparedInput(InputStream stream, InterchangeSniffer.Sniffed sniffed, Charset charset, List<Tolerance> tolerated,
                          FinalTerminatorStream ending, EmptyTrailingComponentStream components) {
        this.stream = stream;
        this.sniffed = sniffed;
        this.components = components;
        this.charset = charset;
        this.tolerated = tolerated;
        this.ending = ending;
    }

    static PreparedInput prepare(InputStream raw, boolean emptyTrailingComponents) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        List<Tolerance> tolerated = new ArrayList<>();
        if (skipByteOrderMark(in)) {
            tolerated.add(new Tolerance(ErrorScope.INTERCHANGE, "start of file",
                    "a UTF-8 byte order mark precedes the interchange: skipped"));
        }
        InterchangeSniffer.Sniffed sniffed = InterchangeSniffer.sniff(in);
        Charset charset = SyntaxCharsets.fallback();
        InputStream stream = in;
        if (sniffed != null && sniffed.standard() == EdiStandard.EDIFACT && sniffed.syntaxIdentifier() != null) {
            Charset known = SyntaxCharsets.forSyntaxIdentifier(sniffed.syntaxIdentifier());
            if (known != null) {
                charset = known;
            } else {
                tolerated.add(new Tolerance(ErrorScope.INTERCHANGE, "UNB 0001",
                        "syntax identifier '" + sniffed.syntaxIdentifier() + "' is not a UN/ECE character set Passerelle knows: "
                                + "decoded as ISO 8859-1, byte for byte"));
            }
        }
        if (sniffed != null && sniffed.isaLength() > 0) {
            stream = repairIsa(in, sniffed.isaLength(), tolerated);
        }
        EmptyTrailingComponentStream components = null;
        if (emptyTrailingComponents && sniffed != null && sniffed.standard() == EdiStandard.X12 && sniffed.component() != 0
                && sniffed.component() != sniffed.terminator()) {
            components = new EmptyTrailingComponentStream(stream, sniffed.component(), sniffed.terminator());
            stream = components;
        }
        FinalTerminatorStream ending = null;
        if (sniffed != null && sniffed.terminator() != 0) {
            ending = new FinalTerminatorStream(stream, sniffed.terminator(), BUFFER);
            stream = ending;
        }
        return new PreparedInput(stream, sniffed, charset, tolerated, ending, components);
    }

    /**
     * A chunk of an interchange cut from a stream already prepared ({@link ChunkSplitter}): nothing left to
     * repair, and whatever was tolerated while preparing belongs to the whole stream, not to the chunk.
     */
    static PreparedInput ofChunk(byte[] chunk, Charset charset) {
        return new PreparedInput(new ChunkStream(chunk), null, charset, List.of(), null, null);
    }

    InputStream stream() {
        return stream;
    }

    Charset charset() {
        return charset;
    }

    /** What the first bytes said (standard, separators); null when the stream starts with neither UNA, UNB nor ISA. */
    InterchangeSniffer.Sniffed sniffed() {
        return sniffed;
    }

    /** What was tolerated before reading started: belongs to the first interchange of the stream. */
    List<Tolerance> tolerated() {
        return tolerated;
    }

    /**
     * What was tolerated in the stream while the interchange now ending was read: segments whose empty
     * trailing X12 component was dropped since the last call, and, unless reading stopped on an error, a
     * last segment terminator supplied at the end of the stream.
     */
    List<Tolerance> endOfInterchange(InterchangeHeader header, boolean fatal) {
        List<Tolerance> ending = new ArrayList<>();
        String where = header == null ? "interchange" : header.describe();
        long dropped = takeDroppedComponents();
        if (dropped > 0) {
            ending.add(new Tolerance(ErrorScope.INTERCHANGE, where, dropped + " segment(s) end with an empty component "
                    + "(the ISA16 component separator right before the segment terminator): read without it"));
        }
        if (!fatal && this.ending != null && this.ending.supplied()) {
            ending.add(new Tolerance(ErrorScope.INTERCHANGE, where,
                    "the stream ends without a segment terminator after the last segment: one was assumed"));
        }
        return ending;
    }

    /** Segments that ended with an empty X12 component since the last call: read without it. */
    private long takeDroppedComponents() {
        if (components == null) {
            return 0;
        }
        long total = components.dropped();
        long since = total - reportedDrops;
        reportedDrops = total;
        return since;
    }

    private static boolean skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return true;
        }
        in.reset();
        return false;
    }

    private static InputStream repairIsa(BufferedInputStream in, int isaLength, List<Tolerance> tolerated) throws IOException {
        in.mark(isaLength);
        byte[] isa = in.readNBytes(isaLength);
        IsaHeaderRepair.Repaired repaired = IsaHeaderRepair.repair(isa);
        if (repaired == null) {
            in.reset();
            return in;
        }
        tolerated.addAll(repaired.tolerated());
        return new SequenceInputStream(new ByteArrayInputStream(repaired.header()), in);
    }
}
