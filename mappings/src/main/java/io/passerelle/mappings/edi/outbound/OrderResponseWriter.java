package io.passerelle.mappings.edi.outbound;

import io.passerelle.canonical.Order;
import io.passerelle.canonical.OrderLine;
import io.passerelle.canonical.OrderLineStatus;
import io.passerelle.canonical.OrderStatus;
import io.passerelle.canonical.PartyReference;
import io.passerelle.mappings.edi.EdiStandard;
import io.passerelle.mappings.edi.schema.MessageKind;
import io.passerelle.mappings.edi.schema.MessageSchemas;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes order responses: the canonical {@link Order} as the hub confirms it (its status, each line's
 * status and promised date) becomes an EANCOM ORDRSP or an X12 855, one message per order, in one
 * interchange. A line whose promised date differs from the requested one is reported as changed, with
 * both dates: that is how a partner learns, before the date passes, that a delivery slips.
 *
 * <ul>
 *   <li>ORDRSP: BGM 231 with 1225 = 29 (accepted as is), 4 (changed) or 27 (not accepted); RFF ON with
 *       the order date (DTM 171); NAD BY/SU by GLN; CUX; per line LIN with 1229 = 5 (accepted), 3
 *       (changed) or 7 (not accepted), PIA SA our article, QTY 21, DTM 2 requested and DTM 69 promised;</li>
 *   <li>855: BAK with AC (changes), AD (as ordered) or RJ; CUR; N1 BY/SU by GLN; per line PO1 with the
 *       GTIN (EN) and our article (VN), DTM 002 requested, ACK with IA, DR (date rescheduled), IR
 *       (rejected) or ID (deleted), and the promised date as ACK04 067.</li>
 * </ul>
 */
public final class OrderResponseWriter {

    private final MessageSchemas schemas;
    private final PartnerUnits units;

    public OrderResponseWriter(MessageSchemas schemas, PartnerUnits units) {
        this.schemas = schemas;
        this.units = units;
    }

    /** Writes one interchange holding one response per order; message references count up from the envelope's. */
    public void write(OutboundEnvelope envelope, List<Order> responses, OutputStream out) {
        String what = (envelope.standard() == EdiStandard.EDIFACT ? "ORDRSP" : "855") + " for order(s) "
                + responses.stream().map(Order::orderNumber).toList();
        try (InterchangeWriter writer = InterchangeWriter.open(out, envelope, "PR", what)) {
            for (int i = 0; i < responses.size(); i++) {
                String reference = EdifactMessages.next(envelope.messageReference(), i);
                if (envelope.standard() == EdiStandard.EDIFACT) {
                    writeOrdrsp(writer, envelope, reference, responses.get(i));
                } else {
                    write855(writer, envelope, reference, responses.get(i));
                }
            }
        }
    }

    private void writeOrdrsp(InterchangeWriter writer, OutboundEnvelope envelope, String reference, Order order) {
        EdifactMessages.start(writer, schemas, MessageKind.ORDRSP, reference, envelope);
        writer.segment("BGM").composite("231").element(order.orderNumber()).element(edifactFunction(order)).end();
        EdifactDates.dtm(writer, "137", envelope.prepared().toLocalDate());
        writer.segment("RFF").composite("ON", order.orderNumber()).end();
        EdifactDates.dtm(writer, "171", order.orderDate());
        party(writer, "BY", order.buyer());
        party(writer, "SU", order.seller());
        writer.segment("CUX").composite("2", order.currency(), "9").end();
        for (OrderLine line : order.lines()) {
            writer.segment("LIN").element(String.valueOf(line.lineNumber())).element(edifactAction(line))
                    .composite(line.product().gtin(), line.product().gtin() == null ? null : EdifactMessages.gtinQualifier(envelope)).end();
            if (line.product().productId() != null) {
                writer.segment("PIA").element("1").composite(line.product().productId(), "SA").end();
            }
            writer.segment("QTY").composite("21", envelope.decimal(line.quantity()), units.write(line.unit(), EdiStandard.EDIFACT)).end();
            EdifactDates.dtm(writer, "2", line.requestedDeliveryDate());
            if (line.promisedDeliveryDate() != null) {
                EdifactDates.dtm(writer, "69", line.promisedDeliveryDate());
            }
        }
        writer.segment("UNS").element("S").end();
        writer.endMessage();
    }

    private void write855(InterchangeWriter writer, OutboundEnvelope envelope, String reference, Order order) {
        writer.startMessage(reference, "855", schemas.forWriting(MessageKind.X12_855, envelope.x12GroupVersion()).schema());
        writer.segment("BAK").element("00").element(x12Function(order)).element(order.orderNumber())
                .element(EdifactDates.format(order.orderDate())).end();
        writer.segment("CUR").element("SE").element(order.currency()).end();
        n1(writer, "BY", order.buyer());
        n1(writer, "SU", order.seller());
        for (OrderLine line : order.lines()) {
            String unit = units.write(line.unit(), EdiStandard.X12);
            writer.segment("PO1").element(String.valueOf(line.lineNumber())).element(line.quantity().toPlainString())
                    .element(unit).element(null).element(null);
            if (line.product().gtin() != null) {
                writer.element("EN").element(line.product().gtin());
            }
            if (line.product().productId() != null) {
                writer.element("VN").element(line.product().productId());
            }
            writer.end();
            writer.segment("DTM").element("002").element(EdifactDates.format(line.requestedDeliveryDate())).end();
            writer.segment("ACK").element(x12Action(line)).element(line.quantity().toPlainString()).element(unit);
            if (line.promisedDeliveryDate() != null) {
                writer.element("067").element(EdifactDates.format(line.promisedDeliveryDate()));
            }
            writer.end();
        }
        writer.segment("CTT").element(String.valueOf(order.lines().size())).end();
        writer.endMessage();
    }

    private static void party(InterchangeWriter writer, String function, PartyReference party) {
        if (party.gln() != null) {
            writer.segment("NAD").element(function).composite(party.gln(), null, "9").end();
        }
    }

    private static void n1(InterchangeWriter writer, String entity, PartyReference party) {
        if (party.gln() != null) {
            writer.segment("N1").element(entity).element(null).element("UL").element(party.gln()).end();
        }
    }

    private static String edifactFunction(Order order) {
        if (order.status() == OrderStatus.CANCELLED) {
            return "27";
        }
        return order.lines().stream().allMatch(line -> action(line) == Action.AS_ORDERED) ? "29" : "4";
    }

    private static String x12Function(Order order) {
        if (order.status() == OrderStatus.CANCELLED) {
            return "RJ";
        }
        return order.lines().stream().allMatch(line -> action(line) == Action.AS_ORDERED) ? "AD" : "AC";
    }

    private static String edifactAction(OrderLine line) {
        switch (action(line)) {
            case REFUSED:
            case DELETED:
                return "7";
            case RESCHEDULED:
                return "3";
            default:
                return "5";
        }
    }

    private static String x12Action(OrderLine line) {
        switch (action(line)) {
            case REFUSED:
                return "IR";
            case DELETED:
                return "ID";
            case RESCHEDULED:
                return "DR";
            default:
                return "IA";
        }
    }

    private enum Action { AS_ORDERED, RESCHEDULED, REFUSED, DELETED }

    /** A promised date other than the requested one is a change, whatever status the line carries. */
    private static Action action(OrderLine line) {
        if (line.status() == OrderLineStatus.REJECTED) {
            return Action.REFUSED;
        }
        if (line.status() == OrderLineStatus.CANCELLED) {
            return Action.DELETED;
        }
        if (line.status() == OrderLineStatus.RESCHEDULED
                || line.promisedDeliveryDate() != null && !line.promisedDeliveryDate().equals(line.requestedDeliveryDate())) {
            return Action.RESCHEDULED;
        }
        return Action.AS_ORDERED;
    }
}
