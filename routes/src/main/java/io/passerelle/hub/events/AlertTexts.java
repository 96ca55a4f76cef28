package io.passerelle.hub.events;

import io.passerelle.canonical.Promotion;
import io.passerelle.canonical.PromotionConditions;
import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.event.LaunchDateChanged;
import io.passerelle.canonical.event.LineStoppageDeclared;
import io.passerelle.canonical.event.LineStoppageEnded;
import io.passerelle.canonical.event.ProductWithdrawn;
import io.passerelle.canonical.event.PromotionCancelled;
import io.passerelle.canonical.event.PromotionChanged;
import io.passerelle.canonical.notice.AffectedOrderLine;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The words people read in an alert or a planning notice: what happened, and which orders move to when. */
@Component
class AlertTexts {

    private final Labels labels;

    AlertTexts(Labels labels) {
        this.labels = labels;
    }

    String subject(BoundaryEvent event, String customerName, List<AffectedOrderLine> lines) {
        String orders = lines.stream().map(AlertTexts::orderRef).distinct().collect(Collectors.joining(", "));
        if (event instanceof LineStoppageDeclared e) {
            return "Line " + labels.line(e.plant(), e.line()) + " stopped: orders of " + customerName + " delayed (" + orders + ")";
        }
        if (event instanceof LineStoppageEnded e) {
            return "Line " + labels.line(e.plant(), e.line()) + " restarted: final dates for " + customerName + " (" + orders + ")";
        }
        if (event instanceof LaunchDateChanged e) {
            return "Launch of " + e.productId() + " moved to " + e.newLaunchDate() + ": pre-orders of " + customerName
                    + " (" + orders + ")";
        }
        if (event instanceof ProductWithdrawn e) {
            return e.productId() + " withdrawn on " + e.withdrawalDate() + ": open orders of " + customerName
                    + " (" + orders + ")";
        }
        return event.type() + " for " + customerName;
    }

    String text(BoundaryEvent event, Optional<Promotion> promotion, List<AffectedOrderLine> lines) {
        StringBuilder text = new StringBuilder(planningNote(event, promotion));
        for (AffectedOrderLine line : lines) {
            text.append("\n- order ").append(orderRef(line)).append(" line ").append(line.lineNumber()).append(": ")
                    .append(line.quantity().stripTrailingZeros().toPlainString()).append(' ').append(line.unit())
                    .append(" of ").append(line.productId()).append(", expected ").append(line.previousPromisedDate())
                    .append(line.newPromisedDate() == null ? ", can no longer be delivered"
                            : ", now " + line.newPromisedDate());
        }
        return text.toString();
    }

    String planningNote(BoundaryEvent event, Optional<Promotion> promotion) {
        if (event instanceof LineStoppageDeclared e) {
            return "Line " + labels.line(e.plant(), e.line()) + " stopped from " + e.windowStart() + " to " + e.windowEnd()
                    + " (" + e.reason() + ", stoppage " + e.stoppageId() + ")";
        }
        if (event instanceof LineStoppageEnded e) {
            return "Line " + labels.line(e.plant(), e.line()) + " running again since " + e.endedAt() + " (stoppage "
                    + e.stoppageId() + ")";
        }
        if (event instanceof LaunchDateChanged e) {
            return "Launch of " + e.productId() + " moved from " + (e.previousLaunchDate() == null ? "no date"
                    : e.previousLaunchDate()) + " to " + e.newLaunchDate() + " (" + e.reason() + ")";
        }
        if (event instanceof ProductWithdrawn e) {
            return e.productId() + " withdrawn from sale on " + e.withdrawalDate() + " (" + e.reason() + ")";
        }
        if (event instanceof PromotionCancelled e) {
            return "Promotion " + e.promotionId() + " cancelled (" + e.reason() + "): release its uplift";
        }
        Promotion p = promotion.orElseThrow();
        return "Promotion " + p.id() + (event instanceof PromotionChanged ? " changed" : " planned") + ": "
                + p.period().startDate() + " to " + p.period().endDate() + ", expected uplift +"
                + p.expectedUpliftPercent().stripTrailingZeros().toPlainString() + " %"
                + (p.segment() != null ? " for segment " + p.segment()
                : " for " + String.join(", ", p.customerIds())) + conditions(p);
    }

    private static String conditions(Promotion promotion) {
        PromotionConditions conditions = promotion.conditions();
        StringBuilder text = new StringBuilder();
        if (conditions.discountPercent() != null) {
            text.append(", ").append(conditions.discountPercent().stripTrailingZeros().toPlainString()).append(" % off");
        }
        if (conditions.promotionalPrice() != null) {
            text.append(", promotional price ").append(conditions.promotionalPrice().amount().toPlainString()).append(' ')
                    .append(conditions.promotionalPrice().currency());
        }
        if (conditions.terms() != null && !conditions.terms().isBlank()) {
            text.append(", ").append(conditions.terms());
        }
        return text.toString();
    }

    private static String orderRef(AffectedOrderLine line) {
        return line.customerOrderNumber() == null ? line.orderNumber()
                : line.orderNumber() + " (customer ref. " + line.customerOrderNumber() + ")";
    }
}
