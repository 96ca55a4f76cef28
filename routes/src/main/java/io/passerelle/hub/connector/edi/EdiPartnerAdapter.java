package io.passerelle.hub.connector.edi;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.Order;
import io.passerelle.canonical.OrderLine;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.ProductReference;
import io.passerelle.canonical.Promotion;
import io.passerelle.canonical.Shipment;
import io.passerelle.canonical.notice.CatalogueUpdate;
import io.passerelle.hub.delivery.DeliveryFailure;
import io.passerelle.hub.delivery.DeliveryOutcome;
import io.passerelle.hub.delivery.OutboundAdapter;
import io.passerelle.hub.delivery.OutboxEntry;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.EdiPartnerProfile;
import io.passerelle.hub.system.SystemDeclaration;
import io.passerelle.mappings.edi.outbound.Catalogue;
import io.passerelle.mappings.edi.outbound.CatalogueWriter;
import io.passerelle.mappings.edi.outbound.DespatchAdviceWriter;
import io.passerelle.mappings.edi.outbound.OrderResponseWriter;
import io.passerelle.mappings.edi.outbound.OutboundEnvelope;
import io.passerelle.mappings.edi.outbound.PartnerUnits;
import io.passerelle.mappings.xref.CodeTranslator;
import io.passerelle.mappings.xref.ConversionTables;
import java.time.LocalDate;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Delivers to a trading partner, one interchange per kind of message and batch, in its standard, version,
 * syntax level and codes: order responses (ORDRSP / 855, with changed delivery dates), catalogue updates
 * (PRICAT / 832: launch and withdrawal dates, the promotions offered to it) and shipments (DESADV / 856
 * with SSCC). Each file is uploaded under a temporary name, then renamed, and recorded as sent so the
 * partner's acknowledgement can be matched to it. A batch the writer refuses is split, so one bad entry
 * fails alone.
 */
@Component
public class EdiPartnerAdapter implements OutboundAdapter {

    private static final Map<String, String[]> MESSAGE_NAMES = Map.of(
            "OrderResponse", new String[] {"ORDRSP", "855"},
            "CatalogueUpdate", new String[] {"PRICAT", "832"},
            "Shipment", new String[] {"DESADV", "856"});

    private final EdiPartners partners;
    private final EdiControlNumbers numbers;
    private final EdiInterchanges interchanges;
    private final EdiUploads uploads;
    private final CodeTranslator codes;
    private final CatalogueWriter catalogues;
    private final ConversionTables tables;

    public EdiPartnerAdapter(EdiPartners partners, EdiControlNumbers numbers, EdiInterchanges interchanges,
                             EdiUploads uploads, CodeTranslator codes, ConversionTables tables) {
        this.tables = tables;
        this.partners = partners;
        this.numbers = numbers;
        this.interchanges = interchanges;
        this.uploads = uploads;
        this.codes = codes;
        this.catalogues = new CatalogueWriter(partners.schemas());
    }

    @Override
    public ConnectorType type() {
        return ConnectorType.EDI_PARTNER;
    }

    @Override
    public List<DeliveryOutcome> deliverAll(String partner, SystemDeclaration system, List<OutboxEntry> entries) {
        Map<Long, DeliveryOutcome> outcomes = new LinkedHashMap<>();
        Map<String, List<OutboxEntry>> byType = new LinkedHashMap<>();
        for (OutboxEntry entry : entries) {
            if (MESSAGE_NAMES.containsKey(entry.messageType())) {
                byType.computeIfAbsent(entry.messageType(), t -> new ArrayList<>()).add(entry);
            } else {
                outcomes.put(entry.id(), DeliveryOutcome.failed(entry, DeliveryFailure.permanent("a trading partner is"
                        + " sent order responses, catalogue updates and shipments, not " + entry.messageType(), null)));
            }
        }
        byType.forEach((type, batch) -> send(partner, system, type, batch, outcomes));
        return entries.stream().map(e -> outcomes.get(e.id())).toList();
    }

    private void send(String partner, SystemDeclaration system, String type, List<OutboxEntry> batch,
                      Map<Long, DeliveryOutcome> outcomes) {
        EdiPartnerProfile profile = system.edi();
        String message = MESSAGE_NAMES.get(type)[profile.standard() == EdiPartnerProfile.Standard.X12 ? 1 : 0];
        long number = numbers.next(partner);
        OutboundEnvelope envelope = partners.envelope(partner, number);
        byte[] content;
        try {
            content = write(partner, type, envelope, batch);
        } catch (RuntimeException refused) {
            if (batch.size() > 1) {
                batch.forEach(entry -> send(partner, system, type, List.of(entry), outcomes));
                return;
            }
            DeliveryFailure failure = DeliveryFailure.permanent(message + " for " + partner + " cannot be written: "
                    + refused.getMessage(), refused);
            outcomes.put(batch.get(0).id(), DeliveryOutcome.failed(batch.get(0), failure));
            return;
        }
        String fileName = EdiUploads.fileName(message, envelope.senderId(), envelope.interchangeControlNumber());
        try {
            uploads.upload(system.folder(), fileName, content);
        } catch (RuntimeException e) {
            DeliveryFailure failure = DeliveryFailure.retriable("cannot upload " + fileName + " to " + partner + " ("
                    + system.folder().location() + "): " + e.getMessage(), e);
            batch.forEach(entry -> outcomes.put(entry.id(), DeliveryOutcome.failed(entry, failure)));
            return;
        }
        interchanges.sent(partner, fileName, profile.standard().name(), envelope.senderId(), envelope.receiverId(),
                envelope.interchangeControlNumber(), message, batch.size(), null);
        for (int i = 0; i < batch.size(); i++) {
            outcomes.put(batch.get(i).id(), DeliveryOutcome.delivered(batch.get(i), message + " " + (i + 1) + " of "
                    + batch.size() + " in interchange " + envelope.interchangeControlNumber() + ", "
                    + system.folder().outbox() + "/" + fileName));
        }
    }

    private byte[] write(String partner, String type, OutboundEnvelope envelope, List<OutboxEntry> batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PartnerUnits units = new PartnerUnits(codes, partner);
        switch (type) {
            case "OrderResponse" -> new OrderResponseWriter(partners.schemas(), units).write(envelope,
                    batch.stream().map(e -> inArticleCodes(partner, CanonicalJson.read(e.payload(), Order.class))).toList(),
                    out);
            case "Shipment" -> new DespatchAdviceWriter(partners.schemas(), units).write(envelope,
                    batch.stream().map(e -> CanonicalJson.read(e.payload(), Shipment.class)).toList(), out);
            default -> catalogues.write(envelope, catalogue(partner, batch), out);
        }
        return out.toByteArray();
    }

    /**
     * The order with our article numbers as the partner knows them (PIA SA, X12 VN): those of the system
     * its profile names (the ERP); a product that system does not know keeps its canonical id.
     */
    private Order inArticleCodes(String partner, Order order) {
        String articles = partners.profile(partner).articleSystem();
        List<OrderLine> lines = order.lines().stream().map(line -> {
            String canonical = line.product().productId();
            String article = canonical == null ? null : articleOf(articles, canonical);
            return new OrderLine(line.lineNumber(), new ProductReference(article, line.product().gtin()),
                    line.quantity(), line.unit(), line.requestedDeliveryDate(), line.promisedDeliveryDate(), line.status());
        }).toList();
        return new Order(order.orderNumber(), order.buyer(), order.seller(), order.orderDate(), order.currency(),
                order.status(), lines);
    }

    private String articleOf(String system, String canonical) {
        return tables.externalCode("product", system, canonical, LocalDate.now()).orElse(canonical);
    }

    /** The products as they now stand (the latest update of each), with the promotions still offered. */
    private static Catalogue catalogue(String partner, List<OutboxEntry> batch) {
        Map<String, Product> products = new LinkedHashMap<>();
        Map<String, Promotion> promotions = new LinkedHashMap<>();
        for (OutboxEntry entry : batch) {
            CatalogueUpdate update = CanonicalJson.read(entry.payload(), CatalogueUpdate.class);
            products.put(update.product().id(), update.product());
            if (update.promotion() != null) {
                if (update.cancelled()) {
                    promotions.remove(update.promotion().id());
                } else {
                    promotions.put(update.promotion().id(), update.promotion());
                }
            }
        }
        return new Catalogue("PASSERELLE-" + partner.toUpperCase(), List.copyOf(products.values()),
                List.copyOf(promotions.values()));
    }
}
