package io.passerelle.mappings.edi.outbound;

import io.passerelle.canonical.Shipment;
import io.passerelle.canonical.ShipmentLine;
import io.passerelle.mappings.edi.EdiStandard;
import io.passerelle.mappings.edi.schema.MessageKind;
import io.passerelle.mappings.edi.schema.MessageSchemas;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes despatch advices: canonical {@link Shipment}s (one per logistic unit) sharing a shipment id
 * become one EANCOM DESADV or X12 856, each unit with its SSCC, in one interchange.
 *
 * <ul>
 *   <li>DESADV: BGM 351, DTM 137 and 11 (despatch), NAD SU (the sender) and DP (the recipient) by GLN, TDT
 *       with the carrier; a CPS level per unit with PAC, PCI 33E and GIN BJ (the SSCC), its lines with
 *       LIN (GTIN), PIA SA, QTY 12 and RFF ON per order the unit fulfils;</li>
 *   <li>856: BSN, shipment level HL S with TD5 (carrier) and DTM 011; per order an HL O with PRF; per
 *       unit an HL P with MAN GM (the SSCC); per line an HL I with LIN and SN1. A unit serving several
 *       orders is placed under the first one: an HL has one parent.</li>
 * </ul>
 */
public final class DespatchAdviceWriter {

    private final MessageSchemas schemas;
    private final PartnerUnits units;

    public DespatchAdviceWriter(MessageSchemas schemas, PartnerUnits units) {
        this.schemas = schemas;
        this.units = units;
    }

    public void write(OutboundEnvelope envelope, List<Shipment> units, OutputStream out) {
        Map<String, List<Shipment>> byShipment = new LinkedHashMap<>();
        units.forEach(unit -> byShipment.computeIfAbsent(unit.shipmentId(), id -> new ArrayList<>()).add(unit));
        String what = (envelope.standard() == EdiStandard.EDIFACT ? "DESADV" : "856") + " for shipment(s) " + byShipment.keySet();
        try (InterchangeWriter writer = InterchangeWriter.open(out, envelope, "SH", what)) {
            int index = 0;
            for (List<Shipment> shipment : byShipment.values()) {
                String reference = EdifactMessages.next(envelope.messageReference(), index++);
                if (envelope.standard() == EdiStandard.EDIFACT) {
                    writeDesadv(writer, envelope, reference, shipment);
                } else {
                    write856(writer, envelope, reference, shipment);
                }
            }
        }
    }

    private void writeDesadv(InterchangeWriter writer, OutboundEnvelope envelope, String reference, List<Shipment> shipment) {
        Shipment first = shipment.get(0);
        EdifactMessages.start(writer, schemas, MessageKind.DESADV, reference, envelope);
        writer.segment("BGM").composite("351").element(first.shipmentId()).element("9").end();
        EdifactDates.dtm(writer, "137", envelope.prepared().toLocalDate());
        EdifactDates.dtm(writer, "11", first.shipDate());
        writer.segment("NAD").element("SU").composite(envelope.senderId(), null, "9").end();
        writer.segment("NAD").element("DP").composite(envelope.receiverId(), null, "9").end();
        writer.segment("TDT").element("20").element(null).composite("30").element(null).composite(first.carrier()).end();
        writer.segment("CPS").element("1").end();
        int level = 1;
        int lines = 0;
        for (Shipment unit : shipment) {
            writer.segment("CPS").element(String.valueOf(++level)).element("1").end();
            writer.segment("PAC").element("1").element(null).composite("201").end();
            writer.segment("PCI").element("33E").end();
            writer.segment("GIN").element("BJ").composite(unit.sscc()).end();
            for (ShipmentLine line : unit.lines()) {
                writer.segment("LIN").element(String.valueOf(++lines)).element(null)
                        .composite(line.product().gtin(), line.product().gtin() == null ? null : EdifactMessages.gtinQualifier(envelope)).end();
                if (line.product().productId() != null) {
                    writer.segment("PIA").element("1").composite(line.product().productId(), "SA").end();
                }
                writer.segment("QTY").composite("12", envelope.decimal(line.quantity()), units.write(line.unit(), EdiStandard.EDIFACT)).end();
                for (String order : unit.orderNumbers()) {
                    writer.segment("RFF").composite("ON", order).end();
                }
            }
        }
        writer.segment("CNT").composite("2", String.valueOf(lines)).end();
        writer.endMessage();
    }

    private void write856(InterchangeWriter writer, OutboundEnvelope envelope, String reference, List<Shipment> shipment) {
        Shipment first = shipment.get(0);
        writer.startMessage(reference, "856", schemas.forWriting(MessageKind.X12_856, envelope.x12GroupVersion()).schema());
        writer.segment("BSN").element("00").element(first.shipmentId())
                .element(EdifactDates.format(envelope.prepared().toLocalDate()))
                .element(String.format("%02d%02d", envelope.prepared().getHour(), envelope.prepared().getMinute())).end();
        int hl = 1;
        writer.segment("HL").element("1").element(null).element("S").end();
        writer.segment("TD5").element(null).element("2").element(first.carrier()).end();
        writer.segment("DTM").element("011").element(EdifactDates.format(first.shipDate())).end();
        Map<String, List<Shipment>> byOrder = new LinkedHashMap<>();
        shipment.forEach(unit -> byOrder.computeIfAbsent(unit.orderNumbers().get(0), order -> new ArrayList<>()).add(unit));
        for (Map.Entry<String, List<Shipment>> order : byOrder.entrySet()) {
            int orderLevel = ++hl;
            writer.segment("HL").element(String.valueOf(orderLevel)).element("1").element("O").end();
            writer.segment("PRF").element(order.getKey()).end();
            for (Shipment unit : order.getValue()) {
                int packLevel = ++hl;
                writer.segment("HL").element(String.valueOf(packLevel)).element(String.valueOf(orderLevel)).element("P").end();
                writer.segment("MAN").element("GM").element(unit.sscc()).end();
                for (ShipmentLine line : unit.lines()) {
                    writer.segment("HL").element(String.valueOf(++hl)).element(String.valueOf(packLevel)).element("I").end();
                    writer.segment("LIN").element(null);
                    if (line.product().gtin() != null) {
                        writer.element("EN").element(line.product().gtin());
                    }
                    if (line.product().productId() != null) {
                        writer.element("VN").element(line.product().productId());
                    }
                    writer.end();
                    writer.segment("SN1").element(null).element(line.quantity().toPlainString())
                            .element(units.write(line.unit(), EdiStandard.X12)).end();
                }
            }
        }
        writer.segment("CTT").element(String.valueOf(hl)).end();
        writer.endMessage();
    }
}
