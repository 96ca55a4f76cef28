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
import java.util.Optional;

/**
 * EANCOM ORDRSP to the canonical {@link Order} it answers, as confirmed: the order's status and each
 * line's status and promised date.
 *
 * <ul>
 *   <li>order number: RFF ON, order date: its DTM 171 (or a header DTM 4);</li>
 *   <li>order status: BGM 1225 27 (not accepted) cancels, anything else confirms;</li>
 *   <li>line status: LIN 1229 7 (not accepted) rejects; 3 (changed) with a promised date other than the
 *       requested one reschedules; otherwise the line is accepted;</li>
 *   <li>requested date DTM 2, promised date DTM 69 (promised for), on the line or in the header.</li>
 * </ul>
 */
public final class EdifactOrderResponseTranslator implements InboundTranslator {

    static final String NOT_ACCEPTED = "27";
    static final String LINE_NOT_ACCEPTED = "7";
    static final String LINE_CHANGED = "3";

    @Override
    public Order translate(MessageContent content, TranslationContext context) {
        List<Segment> headerDates = content.all("DTM");
        LocalDate requested = EdiDates.edifact(headerDates, "2").orElse(null);
        LocalDate promised = EdiDates.edifact(headerDates, "69").orElse(null);
        Optional<SegmentGroup> orderReference = content.loops("REFERENCE").stream()
                .filter(loop -> loop.trigger().component(1, 1).equals("ON")).findFirst();
        List<OrderLine> lines = new ArrayList<>();
        int rank = 0;
        for (SegmentGroup line : content.loops("LINE")) {
            rank++;
            lines.add(line(line, rank, requested, promised, context));
        }
        String function = content.first("BGM").map(bgm -> bgm.element(3)).orElse("");
        return new Order(orderReference.map(loop -> loop.trigger().component(1, 2)).orElse(null),
                Parties.buyerOfResponse(EdifactParties.named(content, "BY"), context),
                Parties.sellerOfResponse(EdifactParties.named(content, "SU"), context),
                orderReference.flatMap(loop -> EdiDates.edifact(loop.all("DTM"), "171"))
                        .or(() -> EdiDates.edifact(headerDates, "4")).orElse(null),
                EdifactParties.currency(content, context),
                NOT_ACCEPTED.equals(function) ? OrderStatus.CANCELLED : OrderStatus.CONFIRMED,
                lines);
    }

    private static OrderLine line(SegmentGroup line, int rank, LocalDate headerRequested, LocalDate headerPromised,
                                  TranslationContext context) {
        Segment lin = line.trigger();
        Segment qty = EdifactLines.quantity(line, "21", "113", "12").orElse(null);
        BigDecimal quantity = qty == null ? null : EdifactLines.amount(qty);
        String unit = qty == null ? null : EdifactLines.unit(qty, context.codes());
        LocalDate requested = EdiDates.edifact(line.all("DTM"), "2").orElse(headerRequested);
        LocalDate promised = EdiDates.edifact(line.all("DTM"), "69").orElse(headerPromised);
        return new OrderLine(EdifactLines.lineNumber(lin, rank), EdifactParties.product(line, context), quantity, unit,
                requested, promised, status(lin.element(2), requested, promised));
    }

    private static OrderLineStatus status(String action, LocalDate requested, LocalDate promised) {
        if (LINE_NOT_ACCEPTED.equals(action)) {
            return OrderLineStatus.REJECTED;
        }
        if (LINE_CHANGED.equals(action) && promised != null && !promised.equals(requested)) {
            return OrderLineStatus.RESCHEDULED;
        }
        return OrderLineStatus.ACCEPTED;
    }
}
