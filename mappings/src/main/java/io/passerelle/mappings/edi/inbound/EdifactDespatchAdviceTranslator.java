package io.passerelle.mappings.edi.inbound;

import io.passerelle.canonical.Shipment;
import io.passerelle.canonical.ShipmentLine;
import io.passerelle.mappings.edi.read.MessageContent;
import io.passerelle.mappings.edi.read.Segment;
import io.passerelle.mappings.edi.read.SegmentGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * EANCOM DESADV to canonical {@link Shipment}s, one per logistic unit (SSCC).
 *
 * <ul>
 *   <li>each packing level (CPS) that carries lines is a unit; its SSCC is GIN BJ under its PAC/PCI
 *       (or on its lines); a level with several SSCCs gives one shipment per SSCC with the level's
 *       lines; a level without SSCC gives one shipment without SSCC, which the canonical rules report;</li>
 *   <li>shipment id BGM 1004, ship date DTM 11 (despatch) or else 137, carrier TDT C040;</li>
 *   <li>orders: RFF ON in the header and on the lines; line quantity QTY 12 (despatch quantity).</li>
 * </ul>
 */
public final class EdifactDespatchAdviceTranslator implements InboundTranslator {

    private static final String SSCC_QUALIFIER = "BJ";
    private static final int GIN_NUMBERS = 5;

    @Override
    public List<Shipment> translate(MessageContent content, TranslationContext context) {
        String shipmentId = content.first("BGM").map(bgm -> bgm.element(2)).orElse(null);
        LocalDate shipDate = EdiDates.edifact(content.all("DTM"), "11", "17", "137").orElse(null);
        String carrier = content.loops("TRANSPORT").stream().map(SegmentGroup::trigger)
                .map(tdt -> tdt.component(5, 1).isEmpty() ? tdt.component(5, 4) : tdt.component(5, 1))
                .filter(value -> !value.isEmpty()).findFirst().orElse(null);
        List<String> headerOrders = content.loops("REFERENCE").stream()
                .flatMap(loop -> EdifactLines.references(loop, "ON").stream()).toList();
        List<Shipment> shipments = new ArrayList<>();
        for (SegmentGroup level : content.loops("PACKING_LEVEL")) {
            List<SegmentGroup> lines = level.loops("LINE");
            if (lines.isEmpty()) {
                continue;
            }
            Set<String> orders = new LinkedHashSet<>(headerOrders);
            List<ShipmentLine> shipmentLines = new ArrayList<>();
            for (SegmentGroup line : lines) {
                orders.addAll(EdifactLines.references(line, "ON"));
                Segment qty = EdifactLines.quantity(line, "12").or(() -> line.all("QTY").stream().findFirst()).orElse(null);
                shipmentLines.add(new ShipmentLine(EdifactParties.product(line, context),
                        qty == null ? null : EdifactLines.amount(qty),
                        qty == null ? null : EdifactLines.unit(qty, context.codes())));
            }
            List<String> ssccs = ssccs(level.loops("PACKAGE").stream().flatMap(p -> p.deep("GIN").stream()).toList());
            if (ssccs.isEmpty()) {
                ssccs = ssccs(lines.stream().flatMap(line -> line.deep("GIN").stream()).toList());
            }
            if (ssccs.isEmpty()) {
                shipments.add(new Shipment(shipmentId, List.copyOf(orders), shipDate, carrier, null, shipmentLines));
            }
            for (String sscc : ssccs) {
                shipments.add(new Shipment(shipmentId, List.copyOf(orders), shipDate, carrier, sscc, shipmentLines));
            }
        }
        return shipments;
    }

    /** The identity numbers of GIN BJ segments: each C208 gives one, its 7402 (a range's second 7402 is not expanded). */
    private static List<String> ssccs(List<Segment> gins) {
        List<String> ssccs = new ArrayList<>();
        for (Segment gin : gins) {
            if (!SSCC_QUALIFIER.equals(gin.element(1))) {
                continue;
            }
            for (int element = 2; element < 2 + GIN_NUMBERS; element++) {
                if (gin.has(element)) {
                    ssccs.add(Gs1Keys.sscc(gin.component(element, 1)));
                }
            }
        }
        return ssccs;
    }
}
