package io.passerelle.mappings.edi;

import io.passerelle.mappings.edi.inbound.InboundTranslators;
import io.passerelle.mappings.edi.inbound.TradingPartner;
import io.passerelle.mappings.edi.read.InboundEdi;
import io.passerelle.mappings.edi.read.InterchangeReader;
import io.passerelle.mappings.edi.read.ReadOptions;
import io.passerelle.mappings.edi.read.Received;
import io.passerelle.mappings.edi.read.ReceivedInterchange;
import io.passerelle.mappings.edi.read.ReceivedMessage;
import io.passerelle.mappings.edi.schema.MessageSchemas;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway as the tests use it: the worked scenario's hub (GLN 4012345000009), its partners' codes in
 * an in-memory conversion table, and helpers to read whole files.
 */
public final class EdiTestBed {

    /** The hub's own GLN in the worked scenario. */
    public static final String HUB_GLN = "4012345000009";
    /** Retailer R. */
    public static final String RETAILER_GLN = "5412345000013";
    public static final String PARTNER_SYSTEM = "edi-partner";

    public final MessageSchemas schemas = new MessageSchemas();
    public final InMemoryCodeTranslator codes;
    public final InboundEdi inbound;
    private final TradingPartner partner;

    public EdiTestBed(InMemoryCodeTranslator codes, String defaultCurrency) {
        this.codes = codes;
        this.partner = new TradingPartner(PARTNER_SYSTEM, "erp", defaultCurrency);
        this.inbound = inbound(ReadOptions.defaults());
    }

    /** The same gateway read with other options (smaller chunks, ...). */
    public InboundEdi inbound(ReadOptions options) {
        return new InboundEdi(schemas, InboundTranslators.standard(), interchange -> partner, codes, List.of(HUB_GLN),
                options);
    }

    /** Every code passes through unchanged: for samples whose partner codes no table knows. */
    public static EdiTestBed passThrough(String defaultCurrency) {
        return new EdiTestBed(new InMemoryCodeTranslator().passThrough("customer").passThrough("product")
                .passThrough("unit-of-measure"), defaultCurrency);
    }

    /**
     * For the public samples: customers and products pass through (no table knows those partners), units
     * go through the partner's unit table as a steward would have filled it. EANCOM partners send their
     * own unit codes (GBND "Gebinde", STK "Stück"), X12 ones their 355 codes; both map to Rec 20.
     */
    public static EdiTestBed forSamples(String defaultCurrency) {
        InMemoryCodeTranslator codes = new InMemoryCodeTranslator().passThrough("customer").passThrough("product");
        String[][] units = {{"GBND", "NMP"}, {"PACK", "NMP"}, {"STK", "H87"}, {"BTL", "H87"}, {"EIM", "H87"},
                {"SCHA", "H87"}, {"EA", "EA"}, {"UN", "H87"}, {"SF", "FTK"}, {"CA", "NMP"}};
        for (String[] unit : units) {
            codes.map("unit-of-measure", PARTNER_SYSTEM, unit[0], unit[1]);
        }
        return new EdiTestBed(codes, defaultCurrency);
    }

    public List<Received> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Received> read(byte[] bytes) {
        return read(new ByteArrayInputStream(bytes));
    }

    private List<Received> read(InputStream in) {
        List<Received> all = new ArrayList<>();
        try (InterchangeReader reader = inbound.read(in)) {
            reader.forEachRemaining(all::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    public static List<ReceivedMessage> messages(List<Received> received) {
        return received.stream().filter(ReceivedMessage.class::isInstance).map(ReceivedMessage.class::cast).toList();
    }

    public static List<ReceivedInterchange> interchanges(List<Received> received) {
        return received.stream().filter(ReceivedInterchange.class::isInstance).map(ReceivedInterchange.class::cast).toList();
    }
}
