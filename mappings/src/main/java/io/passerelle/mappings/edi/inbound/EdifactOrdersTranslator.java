package io.passerelle.mappings.edi.inbound;

import io.passerelle.canonical.Order;
import io.passerelle.canonical.OrderLine;
import io.passerelle.canonical.OrderLineStatus;
import io.passerelle.canonical.OrderStatus;
import io.passerelle.mappings.edi.read.MessageContent;
import io.passerelle.mappings.edi.read.Segment;
import io.passerelle.mappings.edi.read.SegmentGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * EANCOM ORDERS to a canonical {@link Order}.
 *
 * <ul>
 *   <li>order number: BGM 1004; order date: DTM 137 (message date) or 4 (order date);</li>
 *   <li>buyer: NAD BY (its GLN when C082 3055 is 9), else the interchange sender; seller: NAD SU, the
 *       hub;</li>
 *   <li>currency: CUX 6345, else the partner's agreed currency;</li>
 *   <li>per LIN: product from LIN and PIA (GTIN, buyer's IN, our SA), quantity QTY 21 with its unit,
 *       requested delivery DTM 2 on the line or else in the header.</li>
 * </ul>
 */
public final class EdifactOrdersTranslator implements InboundTranslator {

    @Override
    public Order translate(MessageContent content, TranslationContext context) {
        List<Segment> headerDates = content.all("DTM");
        LocalDate requested = EdiDates.edifact(headerDates, "2").orElse(null);
        List<OrderLine> lines = new ArrayList<>();
        int rank = 0;
        for (SegmentGroup line : content.loops("LINE")) {
            rank++;
            lines.add(line(line, rank, requested, context));
        }
        return new Order(content.first("BGM").map(bgm -> bgm.element(2)).orElse(null),
                Parties.buyerOfOrder(EdifactParties.named(content, "BY"), context),
                Parties.sellerOfOrder(EdifactParties.named(content, "SU"), context),
                EdiDates.edifact(headerDates, "137", "4").orElse(null),
                EdifactParties.currency(content, context),
                OrderStatus.RECEIVED,
                lines);
    }

    private static OrderLine line(SegmentGroup line, int rank, LocalDate headerRequested, TranslationContext context) {
        Segment lin = line.trigger();
        Segment qty = EdifactLines.quantity(line, "21").orElse(null);
        BigDecimal quantity = qty == null ? null : EdifactLines.amount(qty);
        String unit = qty == null ? null : EdifactLines.unit(qty, context.codes());
        LocalDate requested = EdiDates.edifact(line.all("DTM"), "2").orElse(headerRequested);
        return new OrderLine(EdifactLines.lineNumber(lin, rank), EdifactParties.product(line, context), quantity, unit,
                requested, null, OrderLineStatus.OPEN);
    }
}
