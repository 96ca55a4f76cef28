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

    public List<Hit> hitsOf(BoundaryEvent event) {
        if (event instanceof LineStoppageDeclared e) {
            return stoppage(e);
        }
        if (event instanceof LineStoppageEnded e) {
            return restart(e);
        }
        if (event instanceof LaunchDateChanged e) {
            return orders.expectedBefore(e.productId(), e.newLaunchDate()).stream()
                    .map(order -> new Hit(order, e.newLaunchDate())).toList();
        }
        if (event instanceof ProductWithdrawn e) {
            return orders.expectedAfter(e.productId(), e.withdrawalDate()).stream()
                    .map(order -> new Hit(order, null)).toList();
        }
        return List.of(); // promotions move no order
    }

    /** The products an event is about (for filters and planning notices). */
    public List<String> productsOf(BoundaryEvent event) {
        if (event instanceof LineStoppageDeclared e) {
            return productIds(e.plant(), e.line());
        }
        if (event instanceof LineStoppageEnded e) {
            return productIds(e.plant(), e.line());
        }
        if (event instanceof LaunchDateChanged e) {
            return List.of(e.productId());
        }
        if (event instanceof ProductWithdrawn e) {
            return List.of(e.productId());
        }
        return promotionOf(event).map(Promotion::productIds).orElse(List.of());
    }

    /** The promotion an event is about, as it now stands (for a cancellation: as it stood before). */
    public Optional<Promotion> promotionOf(BoundaryEvent event) {
        if (event instanceof PromotionPlanned e) {
            return Optional.of(e.promotion());
        }
        if (event instanceof PromotionChanged e) {
            return Optional.of(e.promotion());
        }
        if (event instanceof PromotionCancelled e) {
            return records.promotion(e.promotionId());
        }
        return Optional.empty();
    }

    private List<String> productIds(String plant, String line) {
        return lines.productsOn(plant, line).stream().map(LineProduct::productId).distinct().toList();
    }

    private List<Hit> stoppage(LineStoppageDeclared event) {
        Map<String, Integer> leadTimes = leadTimes(event.plant(), event.line());
        LocalDate end = day(event.windowEnd());
        return orders.expectedBetween(leadTimes.keySet(), day(event.windowStart()), end).stream()
                .map(order -> new Hit(order, later(order.expectedDate(), end.plusDays(leadTimes.get(order.productId())))))
                .toList();
    }

    private List<Hit> restart(LineStoppageEnded event) {
        Map<String, Integer> leadTimes = leadTimes(event.plant(), event.line());
        LocalDate end = day(event.endedAt());
        return impacts.movedEarlier(correlation(event), "LineStoppageDeclared").stream()
                .map(order -> new Hit(order, later(order.expectedDate(),
                        end.plusDays(leadTimes.getOrDefault(order.productId(), 0)))))
                .toList();
    }

    private Map<String, Integer> leadTimes(String plant, String line) {
        return lines.productsOn(plant, line).stream()
                .collect(Collectors.toMap(LineProduct::productId, LineProduct::leadTimeDays, Math::max));
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(settings.zone()).toLocalDate();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
