package io.passerelle.mappings.edi.inbound;

import io.passerelle.canonical.Shipment;
import io.passerelle.canonical.ShipmentLine;
import io.passerelle.mappings.edi.read.MessageContent;
import io.passerelle.mappings.edi.read.Segment;
import io.passerelle.mappings.edi.read.SegmentGroup;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * X12 856 to canonical {@link Shipment}s, one per pack (HL level P) with its SSCC from MAN GM.
 *
 * <p>The HL hierarchy is followed through HL01/HL02, whatever the structure code: each item (HL level I)
 * belongs to its nearest pack ancestor, or to its order (O) or shipment (S) when the notice has no pack
 * level; orders are the PRF01 of the item's and the pack's ancestors. Shipment id BSN02, ship date DTM
 * 011 (else BSN03), carrier TD503 (SCAC) or TD505; item quantity SN102 with unit SN103.
 */
public final class X12ShipNoticeTranslator implements InboundTranslator {

    private static final int LIN_FIRST_QUALIFIER = 2;

    private record Level(String id, String parent, String code, SegmentGroup group) {
    }

    private static final class Unit {
        final Set<String> orders = new LinkedHashSet<>();
        final List<ShipmentLine> lines = new ArrayList<>();
        String sscc;
    }

    @Override
    public List<Shipment> translate(MessageContent content, TranslationContext context) {
        Segment bsn = content.first("BSN").orElseThrow();
        Map<String, Level> levels = new HashMap<>();
        List<Level> inOrder = new ArrayList<>();
        for (SegmentGroup group : content.loops("LEVEL")) {
            Segment hl = group.trigger();
            Level level = new Level(hl.element(1), hl.element(2), hl.element(3), group);
            levels.put(level.id(), level);
            inOrder.add(level);
        }
        LocalDate shipDate = null;
        String carrier = null;
        for (Level level : inOrder) {
            if (shipDate == null) {
                shipDate = X12Dates.first(level.group().all("DTM"), "011");
            }
            for (Segment td5 : level.group().all("TD5")) {
                if (carrier == null) {
                    carrier = td5.has(3) ? td5.element(3) : td5.has(5) ? td5.element(5) : null;
                }
            }
        }
        if (shipDate == null) {
            shipDate = EdiDates.x12(bsn, 3);
        }
        Map<String, Unit> units = new LinkedHashMap<>();
        for (Level item : inOrder) {
            if (!"I".equals(item.code())) {
                continue;
            }
            List<Level> ancestors = ancestors(item, levels);
            Level owner = ancestors.stream().filter(level -> "P".equals(level.code())).findFirst()
                    .orElse(ancestors.isEmpty() ? item : ancestors.get(0));
            Unit unit = units.computeIfAbsent(owner.id(), id -> new Unit());
            if ("P".equals(owner.code()) && unit.sscc == null) {
                unit.sscc = owner.group().all("MAN").stream().filter(man -> "GM".equals(man.element(1)))
                        .map(man -> Gs1Keys.sscc(man.element(2))).findFirst().orElse(null);
            }
            for (Level ancestor : ancestors) {
                ancestor.group().all("PRF").forEach(prf -> unit.orders.add(prf.element(1)));
            }
            unit.lines.add(line(item, context));
        }
        String shipmentId = bsn.element(2);
        List<Shipment> shipments = new ArrayList<>();
        for (Unit unit : units.values()) {
            shipments.add(new Shipment(shipmentId, List.copyOf(unit.orders), shipDate, carrier, unit.sscc, unit.lines));
        }
        return shipments;
    }

    private static ShipmentLine line(Level item, TranslationContext context) {
        Segment lin = item.group().first("LIN").orElseThrow(() -> new ContentError(item.group().trigger(), 0, 0,
                EDIStreamValidationError.MANDATORY_SEGMENT_MISSING, "a LIN identifying the item of HL " + item.id(), "none"));
        Segment sn1 = item.group().first("SN1").orElse(null);
        return new ShipmentLine(X12Parties.product(lin, LIN_FIRST_QUALIFIER, X12Parties.description(item.group()), context),
                sn1 == null ? null : X12Lines.decimal(sn1, 2),
                sn1 == null ? null : context.codes().unit(sn1.element(3), false));
    }

    /** Nearest first; stops at a missing parent or a cycle. */
    private static List<Level> ancestors(Level level, Map<String, Level> levels) {
        List<Level> ancestors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Level current = levels.get(level.parent());
        while (current != null && seen.add(current.id())) {
            ancestors.add(current);
            current = levels.get(current.parent());
        }
        return ancestors;
    }
}
