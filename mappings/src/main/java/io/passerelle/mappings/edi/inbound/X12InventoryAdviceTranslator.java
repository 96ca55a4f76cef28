package io.passerelle.mappings.edi.inbound;

import io.passerelle.canonical.ProductReference;
import io.passerelle.canonical.StockLevel;
import io.passerelle.mappings.edi.read.MessageContent;
import io.passerelle.mappings.edi.read.Segment;
import io.passerelle.mappings.edi.read.SegmentGroup;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * X12 846 to canonical {@link StockLevel}s: per LIN, the quantity on hand (QTY01 17, else 33 available
 * for sale) with its unit (QTY03).
 *
 * <p>The location is the line's N1 WH, else the header's N1 WH/SN/ST (N104, a GLN when N103 is UL), else
 * the interchange sender. Stock is as of BIA04/BIA05, read as UTC since X12 dates carry no zone.
 */
public final class X12InventoryAdviceTranslator implements InboundTranslator {

    private static final Set<String> LOCATIONS = Set.of("WH", "SN", "ST");
    private static final int LIN_FIRST_QUALIFIER = 2;

    @Override
    public List<StockLevel> translate(MessageContent content, TranslationContext context) {
        Segment bia = content.first("BIA").orElseThrow();
        LocalTime time = bia.element(5).length() >= 4
                ? LocalTime.of(Integer.parseInt(bia.element(5).substring(0, 2)), Integer.parseInt(bia.element(5).substring(2, 4)))
                : LocalTime.MIDNIGHT;
        Instant asOf = EdiDates.x12(bia, 4).atTime(time).toInstant(ZoneOffset.UTC);
        String headerLocation = location(content.loops("PARTY")).orElse(context.interchange().senderId());
        List<StockLevel> levels = new ArrayList<>();
        for (SegmentGroup line : content.loops("LINE")) {
            ProductReference product = X12Parties.product(line.trigger(), LIN_FIRST_QUALIFIER, X12Parties.description(line), context);
            String location = location(line.loops("LINE_PARTY")).orElse(headerLocation);
            Optional<Segment> qty = quantity(line, "17").or(() -> quantity(line, "33"));
            if (qty.isPresent()) {
                levels.add(new StockLevel(product, location, X12Lines.decimal(qty.get(), 2),
                        context.codes().unit(qty.get().component(3, 1), false), asOf));
            }
        }
        return levels;
    }

    private static Optional<String> location(List<SegmentGroup> parties) {
        return parties.stream().map(SegmentGroup::trigger).filter(n1 -> LOCATIONS.contains(n1.element(1)) && n1.has(4))
                .map(n1 -> n1.element(4)).findFirst();
    }

    private static Optional<Segment> quantity(SegmentGroup line, String qualifier) {
        return line.loops("LINE_QUANTITY").stream().map(SegmentGroup::trigger)
                .filter(qty -> qty.element(1).equals(qualifier)).findFirst();
    }
}
