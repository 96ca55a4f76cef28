package io.passerelle.mappings.edi.outbound;

import io.passerelle.canonical.Product;
import io.passerelle.canonical.ProductStatus;
import io.passerelle.canonical.Promotion;
import io.passerelle.canonical.PromotionConditions;
import io.passerelle.mappings.edi.EdiStandard;
import io.passerelle.mappings.edi.schema.MessageKind;
import io.passerelle.mappings.edi.schema.MessageSchemas;
import java.io.OutputStream;

/**
 * Writes a catalogue as one EANCOM PRICAT or X12 832: the boundary process "launch date changed,
 * product withdrawn, promotion planned" as partners' catalogues receive it.
 *
 * <ul>
 *   <li>PRICAT: BGM 9, DTM 137, NAD SU/BY (the envelope's parties), PGI 1; per product LIN (GTIN) with
 *       1229 = 1 (added) while planned, 2 (deleted) once withdrawn, 3 (changed) otherwise; PIA SA, IMD
 *       description, DTM 44 launch (availability) and DTM 36 withdrawal (expiry); per promotion a PRI
 *       AAA with the promotional price and its CUX and DTM 194/206 (start/end), then an ALC A with the
 *       promotion id and C214 PAD, its DTM 194/206 and PCD 1 (the discount percent); terms as FTX PRO;</li>
 *   <li>832: BCT PC, N1 SU/BY, per product LIN (EN, VN), DTM 196/197 (launch, withdrawal), PID, per
 *       promotion a CTP PRP with its DTM 196/197, then a SAC A C310 with the promotion id and the
 *       percent, and its DTM 196/197.</li>
 * </ul>
 */
public final class CatalogueWriter {

    static final String LAUNCH = "44";
    static final String WITHDRAWAL = "36";
    static final String PERIOD_START = "194";
    static final String PERIOD_END = "206";
    static final String X12_START = "196";
    static final String X12_END = "197";

    private final MessageSchemas schemas;

    public CatalogueWriter(MessageSchemas schemas) {
        this.schemas = schemas;
    }

    public void write(OutboundEnvelope envelope, Catalogue catalogue, OutputStream out) {
        String what = (envelope.standard() == EdiStandard.EDIFACT ? "PRICAT" : "832") + " for catalogue " + catalogue.catalogueId();
        try (InterchangeWriter writer = InterchangeWriter.open(out, envelope, "SC", what)) {
            if (envelope.standard() == EdiStandard.EDIFACT) {
                writePricat(writer, envelope, catalogue);
            } else {
                write832(writer, envelope, catalogue);
            }
        }
    }

    private void writePricat(InterchangeWriter writer, OutboundEnvelope envelope, Catalogue catalogue) {
        EdifactMessages.start(writer, schemas, MessageKind.PRICAT, envelope.messageReference(), envelope);
        writer.segment("BGM").composite("9").element(catalogue.catalogueId()).element("9").end();
        EdifactDates.dtm(writer, "137", envelope.prepared().toLocalDate());
        writer.segment("NAD").element("SU").composite(envelope.senderId(), null, "9").end();
        writer.segment("NAD").element("BY").composite(envelope.receiverId(), null, "9").end();
        writer.segment("PGI").element("1").end();
        int lineNumber = 0;
        for (Product product : catalogue.products()) {
            writer.segment("LIN").element(String.valueOf(++lineNumber)).element(edifactAction(product))
                    .composite(product.gtin(), EdifactMessages.gtinQualifier(envelope)).end();
            writer.segment("PIA").element("5").composite(product.id(), "SA").end();
            writer.segment("IMD").element("F").element(null).composite(null, null, null, product.description()).end();
            if (product.lifecycle().launchDate() != null) {
                EdifactDates.dtm(writer, LAUNCH, product.lifecycle().launchDate());
            }
            if (product.lifecycle().withdrawalDate() != null) {
                EdifactDates.dtm(writer, WITHDRAWAL, product.lifecycle().withdrawalDate());
            }
            for (Promotion promotion : catalogue.promotionsOf(product)) {
                if (promotion.conditions().terms() != null) {
                    writer.segment("FTX").element("PRO").element(null).element(null).composite(promotion.conditions().terms()).end();
                }
            }
            for (Promotion promotion : catalogue.promotionsOf(product)) {
                PromotionConditions conditions = promotion.conditions();
                if (conditions.promotionalPrice() != null) {
                    writer.segment("PRI").composite("AAA", envelope.decimal(conditions.promotionalPrice().amount())).end();
                    writer.segment("CUX").composite("2", conditions.promotionalPrice().currency(), "4").end();
                    EdifactDates.dtm(writer, PERIOD_START, promotion.period().startDate());
                    EdifactDates.dtm(writer, PERIOD_END, promotion.period().endDate());
                }
            }
            for (Promotion promotion : catalogue.promotionsOf(product)) {
                writer.segment("ALC").element("A").composite(promotion.id()).element(null).element(null).composite("PAD").end();
                EdifactDates.dtm(writer, PERIOD_START, promotion.period().startDate());
                EdifactDates.dtm(writer, PERIOD_END, promotion.period().endDate());
                if (promotion.conditions().discountPercent() != null) {
                    writer.segment("PCD").composite("1", envelope.decimal(promotion.conditions().discountPercent())).end();
                }
            }
        }
        writer.endMessage();
    }

    private void write832(InterchangeWriter writer, OutboundEnvelope envelope, Catalogue catalogue) {
        writer.startMessage(envelope.messageReference(), "832", schemas.forWriting(MessageKind.X12_832, envelope.x12GroupVersion()).schema());
        writer.segment("BCT").element("PC").element(catalogue.catalogueId()).end();
        writer.segment("N1").element("SU").element(null).element("UL").element(envelope.senderId()).end();
        writer.segment("N1").element("BY").element(null).element("UL").element(envelope.receiverId()).end();
        for (Product product : catalogue.products()) {
            writer.segment("LIN").element(null).element("EN").element(product.gtin()).element("VN").element(product.id()).end();
            if (product.lifecycle().launchDate() != null) {
                writer.segment("DTM").element(X12_START).element(EdifactDates.format(product.lifecycle().launchDate())).end();
            }
            if (product.lifecycle().withdrawalDate() != null) {
                writer.segment("DTM").element(X12_END).element(EdifactDates.format(product.lifecycle().withdrawalDate())).end();
            }
            writer.segment("PID").element("F").element(null).element(null).element(null).element(product.description()).end();
            for (Promotion promotion : catalogue.promotionsOf(product)) {
                if (promotion.conditions().promotionalPrice() != null) {
                    writer.segment("CTP").element(null).element("PRP")
                            .element(promotion.conditions().promotionalPrice().amount().toPlainString()).end();
                    periodX12(writer, promotion);
                }
            }
            for (Promotion promotion : catalogue.promotionsOf(product)) {
                writer.segment("SAC").element("A").element("C310").element(null).element(promotion.id());
                if (promotion.conditions().discountPercent() != null) {
                    writer.element(null).element("3").element(promotion.conditions().discountPercent().toPlainString());
                }
                writer.end();
                periodX12(writer, promotion);
            }
        }
        writer.segment("CTT").element(String.valueOf(catalogue.products().size())).end();
        writer.endMessage();
    }

    private static void periodX12(InterchangeWriter writer, Promotion promotion) {
        writer.segment("DTM").element(X12_START).element(EdifactDates.format(promotion.period().startDate())).end();
        writer.segment("DTM").element(X12_END).element(EdifactDates.format(promotion.period().endDate())).end();
    }

    private static String edifactAction(Product product) {
        if (product.lifecycle().status() == ProductStatus.WITHDRAWN) {
            return "2";
        }
        return product.lifecycle().status() == ProductStatus.PLANNED ? "1" : "3";
    }
}
