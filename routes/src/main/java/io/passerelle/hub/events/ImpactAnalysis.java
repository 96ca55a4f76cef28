package io.passerelle.hub.events;

import io.passerelle.canonical.Promotion;
import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.event.LaunchDateChanged;
import io.passerelle.canonical.event.LineStoppageDeclared;
import io.passerelle.canonical.event.LineStoppageEnded;
import io.passerelle.canonical.event.ProductWithdrawn;
import io.passerelle.canonical.event.PromotionCancelled;
import io.passerelle.canonical.event.PromotionChanged;
import io.passerelle.canonical.event.PromotionPlanned;
import io.passerelle.hub.events.EventImpacts.Hit;
import io.passerelle.hub.events.ProductionLines.LineProduct;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Which open order lines an event hits, and the date each can be promised now.
 *
 * <ul>
 *   <li>Line stoppage declared: the lines of the products made on that line that the customer expects
 *       within the window (both days included); new date = the window's end plus the product's lead time.</li>
 *   <li>Line stoppage ended: the lines its declaration moved; new date = the real end plus the lead time,
 *       never earlier than the promise they had before the stoppage.</li>
 *   <li>Launch date changed: the product's lines expected before the new launch; new date = the launch.</li>
 *   <li>Product withdrawn: the product's lines expected after the withdrawal; no date can be promised.</li>
 *   <li>Promotions move no order.</li>
 * </ul>
 */
@Component
public class ImpactAnalysis {

    private final ProductionLines lines;
    private final OpenOrderBook orders;
    private final EventImpacts impacts;
    private final EventSettings settings;
    private final CanonicalRecords records;

    public ImpactAnalysis(ProductionLines lines, OpenOrderBook orders, EventImpacts impacts, EventSettings settings,
                          CanonicalRecords records) {
        this.records = records;
        this.lines = lines;
        this.orders = orders;
        this.impacts = impacts;
        this.settings = settings;
    }

    /** What the impact rows of an event are grouped by, so a later event can find them. */
    public static String correlation(BoundaryEvent event) {
        if (event instanceof LineStoppageDeclared e) {
            return "stoppage:" + e.stoppageId();
        }
        if (event instanceof LineStoppageEnded e) {
            return "stoppage:" + e.stoppageId();
        }
        return event.entityKey();
    }

    /**
     * What an event is about and what it hits, worked out once: the products (for filters and planning
     * notices), the order lines it moves, and the promotion it concerns.
     */
    public record Impact(List<String> products, List<Hit> hits, Optional<Promotion> promotion) {
    }

    public Impact of(BoundaryEvent event) {
        if (event instanceof LineStoppageDeclared e) {
            Map<String, Integer> leadTimes = leadTimes(e.plant(), e.line());
            LocalDate end = day(e.windowEnd());
            List<Hit> hits = orders.expectedBetween(leadTimes.keySet(), day(e.windowStart()), end).stream()
                    .map(order -> new Hit(order, later(order.expectedDate(),
                            end.plusDays(leadTimes.get(order.productId())))))
                    .toList();
            return new Impact(List.copyOf(leadTimes.keySet()), hits, Optional.empty());
        }
        if (event instanceof LineStoppageEnded e) {
            Map<String, Integer> leadTimes = leadTimes(e.plant(), e.line());
            LocalDate end = day(e.endedAt());
            List<Hit> hits = impacts.movedEarlier(correlation(event), "LineStoppageDeclared").stream()
                    .map(order -> new Hit(order, later(order.expectedDate(),
                            end.plusDays(leadTimes.getOrDefault(order.productId(), 0)))))
                    .toList();
            return new Impact(List.copyOf(leadTimes.keySet()), hits, Optional.empty());
        }
        if (event instanceof LaunchDateChanged e) {
            return new Impact(List.of(e.productId()), orders.expectedBefore(e.productId(), e.newLaunchDate()).stream()
                    .map(order -> new Hit(order, e.newLaunchDate())).toList(), Optional.empty());
        }
        if (event instanceof ProductWithdrawn e) {
            return new Impact(List.of(e.productId()), orders.expectedAfter(e.productId(), e.withdrawalDate()).stream()
                    .map(order -> new Hit(order, null)).toList(), Optional.empty());
        }
        // Promotions move no order; a cancellation concerns the promotion as it stood before.
        Optional<Promotion> promotion = event instanceof PromotionPlanned e ? Optional.of(e.promotion())
                : event instanceof PromotionChanged e ? Optional.of(e.promotion())
                : records.promotion(((PromotionCancelled) event).promotionId());
        return new Impact(promotion.map(Promotion::productIds).orElse(List.of()), List.of(), promotion);
    }

    /** Lead time per product made on the line (a product made on several of the plant's ERPs: the longest). */
    private Map<String, Integer> leadTimes(String plant, String line) {
        return lines.productsOn(plant, line).stream().collect(Collectors.toMap(LineProduct::productId,
                LineProduct::leadTimeDays, Math::max, LinkedHashMap::new));
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(settings.zone()).toLocalDate();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
