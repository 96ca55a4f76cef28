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
import java.util.Set;

/**
 * X12 850 to a canonical {@link Order}.
 *
 * <ul>
 *   <li>order number BEG03, order date BEG05;</li>
 *   <li>buyer: N1 BY (N103 UL is a GLN), else the interchange sender; seller: N1 SE, SU or VN, the hub;</li>
 *   <li>currency: CUR02 in the header or on a line, else the partner's agreed currency;</li>
 *   <li>per PO1: product from the PO106.. pairs (UP/EN/UK GTIN, IN/BP/CB buyer's, VN/VP vendor's),
 *       quantity PO102, unit PO103 through the conversion tables, requested delivery DTM 002 on the line
 *       or else in the header.</li>
 * </ul>
 */
public final class X12PurchaseOrderTranslator implements InboundTranslator {

    static final Set<String> SELLER = Set.of("SE", "SU", "VN");
    private static final int PO1_FIRST_QUALIFIER = 6;

    @Override
    public Order translate(MessageContent content, TranslationContext context) {
        Segment beg = content.first("BEG").orElseThrow();
        LocalDate requested = X12Dates.first(content.all("DTM"), "002");
        List<OrderLine> lines = new ArrayList<>();
        int rank = 0;
        for (SegmentGroup line : content.loops("LINE")) {
            rank++;
            Segment po1 = line.trigger();
            LocalDate lineRequested = X12Dates.first(line.all("DTM"), "002");
            lines.add(new OrderLine(X12Lines.lineNumber(po1, rank),
                    X12Parties.product(po1, PO1_FIRST_QUALIFIER, X12Parties.description(line), context),
                    po1.has(2) ? X12Lines.decimal(po1, 2) : null,
                    po1.has(3) ? context.codes().unit(po1.element(3), false) : null,
                    lineRequested != null ? lineRequested : requested,
                    null, OrderLineStatus.OPEN));
        }
        return new Order(beg.element(3),
                Parties.buyerOfOrder(X12Parties.named(content, Set.of("BY")), context),
                Parties.sellerOfOrder(X12Parties.named(content, SELLER), context),
                EdiDates.x12(beg, 5),
                X12Parties.currency(content, context),
                OrderStatus.RECEIVED,
                lines);
    }
}
