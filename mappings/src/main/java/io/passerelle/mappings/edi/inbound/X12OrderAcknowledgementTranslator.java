package io.passerelle.mappings.edi.inbound;

import io.passerelle.canonical.Order;
import io.passerelle.canonical.OrderLine;
import io.passerelle.canonical.OrderLineStatus;
import io.passerelle.canonical.OrderStatus;
import io.passerelle.mappings.edi.read.MessageContent;
import io.passerelle.mappings.edi.read.Segment;
import io.passerelle.mappings.edi.read.SegmentGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * X12 855 to the canonical {@link Order} it acknowledges.
 *
 * <ul>
 *   <li>order number BAK03, order date BAK04; BAK02 RJ (rejected) cancels the order, AC/AD/AK confirm it;</li>
 *   <li>line status ACK01: IR rejects, ID cancels, DR (date rescheduled) and IB (backordered)
 *       reschedule, the other codes (IA, IC, IQ...) accept;</li>
 *   <li>promised date: ACK05 when ACK04 is a delivery or ship date (067, 068, 017, 002), else the
 *       first SCH06 of the line; requested date DTM 002 on the line or in the header.</li>
 * </ul>
 */
public final class X12OrderAcknowledgementTranslator implements InboundTranslator {

    private static final Set<String> PROMISE_QUALIFIERS = Set.of("067", "068", "017", "002");
    private static final int PO1_FIRST_QUALIFIER = 6;

    @Override
    public Order translate(MessageContent content, TranslationContext context) {
        Segment bak = content.first("BAK").orElseThrow();
        LocalDate requested = X12Dates.first(content.all("DTM"), "002");
        List<OrderLine> lines = new ArrayList<>();
        int rank = 0;
        for (SegmentGroup line : content.loops("LINE")) {
            rank++;
            lines.add(line(line, rank, requested, context));
        }
        return new Order(bak.element(3),
                Parties.buyerOfResponse(X12Parties.named(content, Set.of("BY")), context),
                Parties.sellerOfResponse(X12Parties.named(content, X12PurchaseOrderTranslator.SELLER), context),
                EdiDates.x12(bak, 4),
                X12Parties.currency(content, context),
                "RJ".equals(bak.element(2)) ? OrderStatus.CANCELLED : OrderStatus.CONFIRMED,
                lines);
    }

    private static OrderLine line(SegmentGroup line, int rank, LocalDate headerRequested, TranslationContext context) {
        Segment po1 = line.trigger();
        Optional<Segment> ack = line.loops("LINE_ACKNOWLEDGEMENT").stream().map(SegmentGroup::trigger).findFirst();
        LocalDate requested = X12Dates.first(line.all("DTM"), "002");
        LocalDate promised = ack.filter(a -> PROMISE_QUALIFIERS.contains(a.element(4)) && a.has(5))
                .map(a -> EdiDates.x12(a, 5))
                .orElseGet(() -> line.loops("LINE_SCHEDULE").stream().map(SegmentGroup::trigger)
                        .filter(sch -> sch.has(6)).findFirst().map(sch -> EdiDates.x12(sch, 6)).orElse(null));
        return new OrderLine(X12Lines.lineNumber(po1, rank),
                X12Parties.product(po1, PO1_FIRST_QUALIFIER, X12Parties.description(line), context),
                po1.has(2) ? X12Lines.decimal(po1, 2) : null,
                po1.has(3) ? context.codes().unit(po1.element(3), false) : null,
                requested != null ? requested : headerRequested,
                promised,
                ack.map(a -> status(a.element(1))).orElse(OrderLineStatus.ACCEPTED));
    }

    private static OrderLineStatus status(String code) {
        switch (code) {
            case "IR":
                return OrderLineStatus.REJECTED;
            case "ID":
                return OrderLineStatus.CANCELLED;
            case "DR":
            case "IB":
                return OrderLineStatus.RESCHEDULED;
            default:
                return OrderLineStatus.ACCEPTED;
        }
    }
}
