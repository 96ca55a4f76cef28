package io.passerelle.mappings.edi.inbound;

import io.passerelle.canonical.StockLevel;
import io.passerelle.mappings.edi.read.MessageContent;
import io.passerelle.mappings.edi.read.Segment;
import io.passerelle.mappings.edi.read.SegmentGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * EANCOM INVRPT to canonical {@link StockLevel}s: one per line and location reporting actual stock
 * (QTY 145).
 *
 * <p>The location is the LOC of the quantity's group (3225, a GLN for a warehouse), else the inventory
 * reporting party (NAD GY), else the interchange sender. GLNs are global location codes, so they are
 * the canonical location as they are. Stock is as of DTM 366 (stock level date) or else the message
 * date DTM 137; EDI dates have no time zone and are read as the start of the day, UTC.
 */
public final class EdifactInventoryReportTranslator implements InboundTranslator {

    private static final String ACTUAL_STOCK = "145";

    @Override
    public List<StockLevel> translate(MessageContent content, TranslationContext context) {
        Instant asOf = EdiDates.edifact(content.all("DTM"), "366", "137").map(EdifactInventoryReportTranslator::startOfDay).orElse(null);
        String reporter = content.loops("PARTY").stream().map(SegmentGroup::trigger)
                .filter(nad -> nad.element(1).equals("GY")).map(nad -> nad.component(2, 1)).findFirst()
                .orElse(context.interchange().senderId());
        List<StockLevel> levels = new ArrayList<>();
        for (SegmentGroup line : content.loops("LINE")) {
            var product = EdifactParties.product(line, context);
            for (SegmentGroup inventory : line.loops("INVENTORY")) {
                Segment qty = inventory.trigger();
                if (!ACTUAL_STOCK.equals(qty.component(1, 1))) {
                    continue;
                }
                String location = inventory.first("LOC").map(loc -> loc.component(2, 1)).filter(code -> !code.isEmpty()).orElse(reporter);
                Instant when = inventory.all("DTM").isEmpty() ? asOf : startOfDay(EdiDates.edifact(inventory.all("DTM").get(0)));
                levels.add(new StockLevel(product, location, EdifactLines.amount(qty), EdifactLines.unit(qty, context.codes()), when));
            }
        }
        return levels;
    }

    private static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
