package io.passerelle.mappings.edi.read;

import io.passerelle.mappings.edi.inbound.InboundTranslators;
import io.passerelle.mappings.edi.inbound.PartnerDirectory;
import io.passerelle.mappings.edi.schema.MessageSchemas;
import io.passerelle.mappings.xref.CodeTranslator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The inbound side of the gateway, set up once: schemas, translators, partners and the conversion
 * tables. Each received file is then read with {@link #read(Path)}, or a stream with {@link #read(InputStream)}.
 */
public final class InboundEdi {

    /** The smallest heap on which large interchanges are parsed in chunks; below, chunks waiting cost more than they win. */
    public static final long MIN_HEAP_FOR_CHUNKS = 256L * 1024 * 1024;

    private final MessageSchemas schemas;
    private final InboundTranslators translators;
    private final PartnerDirectory partners;
    private final CodeTranslator codes;
    private final List<String> ownGlns;
    private final ReadOptions options;

    /**
     * @param ownGlns the hub's own GLNs, its main one first: a party that carries one is us, never a
     *                customer to translate
     */
    public InboundEdi(MessageSchemas schemas, InboundTranslators translators, PartnerDirectory partners,
                      CodeTranslator codes, List<String> ownGlns, ReadOptions options) {
        this.schemas = schemas;
        this.translators = translators;
        this.partners = partners;
        this.codes = codes;
        this.ownGlns = List.copyOf(ownGlns);
        this.options = options;
    }

    /**
     * Starts reading a stream of one or more interchanges, in one pass. The reader owns the stream from now
     * on and closes it with itself.
     */
    public InterchangeReader read(InputStream in) throws IOException {
        PreparedInput input = PreparedInput.prepare(in, options.emptyTrailingComponents());
        return new InterchangeReader(ParsedSource.ahead(InterchangeParser.open(input, schemas, options,
                ChunkPlacement.WHOLE)), this);
    }

    /**
     * Starts reading a file. One plain interchange of more than {@link ReadOptions#chunkMessages()} messages
     * (one interchange, at most one group, right trailers, nothing between messages) is parsed in chunks on
     * every core, with the same result as one pass, when the heap has room for it ({@link #MIN_HEAP_FOR_CHUNKS});
     * any other file is read in one pass. A quick look over the file's bytes decides.
     */
    public InterchangeReader read(Path file) throws IOException {
        if (chunksFit()) {
            Optional<InterchangeOutline> outline;
            try (InputStream in = Files.newInputStream(file)) {
                outline = InterchangeOutline.survey(PreparedInput.prepare(in, options.emptyTrailingComponents()));
            }
            if (outline.isPresent() && outline.get().messages() > options.chunkMessages()) {
                PreparedInput input = PreparedInput.prepare(Files.newInputStream(file), options.emptyTrailingComponents());
                return new InterchangeReader(new ChunkedParse(input, outline.get(), schemas, options), this);
            }
        }
        return read(Files.newInputStream(file));
    }

    /**
     * Whether chunks may be parsed ahead: they hold some 12 KB per message parsed until the reader takes it. On
     * a small heap they outlive young collections and cost more than they win (64 MB: 12 s against 7 s in one
     * pass for 99,999 ORDERS), so a small heap reads in one pass.
     */
    private boolean chunksFit() {
        return options.chunkMessages() > 0 && Runtime.getRuntime().maxMemory() >= MIN_HEAP_FOR_CHUNKS;
    }

    MessageSchemas schemas() {
        return schemas;
    }

    InboundTranslators translators() {
        return translators;
    }

    PartnerDirectory partners() {
        return partners;
    }

    CodeTranslator codes() {
        return codes;
    }

    List<String> ownGlns() {
        return ownGlns;
    }
}
