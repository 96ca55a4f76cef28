package io.passerelle.mappings.edi.read;

import io.passerelle.mappings.edi.inbound.InboundTranslators;
import io.passerelle.mappings.edi.inbound.PartnerDirectory;
import io.passerelle.mappings.edi.schema.MessageSchemas;
import io.passerelle.mappings.xref.CodeTranslator;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The inbound side of the gateway, set up once: schemas, translators, partners and the conversion
 * tables. Each received file is then read with {@link #read(InputStream)}.
 */
public final class InboundEdi {

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
     * Starts reading a stream of one or more interchanges. The reader owns the stream from now on and
     * closes it with itself.
     */
    public InterchangeReader read(InputStream in) throws IOException {
        PreparedInput input = PreparedInput.prepare(in, options.emptyTrailingComponents());
        EDIInputFactory factory = EDIInputFactory.newFactory();
        // Line breaks and indentation between segments are common and carry nothing.
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, options.envelopeCodeLists());
        try {
            return new InterchangeReader(new InterchangeParser(factory.createEDIStreamReader(input.stream(),
                    input.charset().name()), input, schemas, options), this);
        } catch (EDIStreamException e) {
            throw new IllegalStateException("StAEDI refused charset " + input.charset() + ": " + e.getMessage(), e);
        }
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
