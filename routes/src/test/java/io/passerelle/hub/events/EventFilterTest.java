package io.passerelle.hub.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.canonical.Promotion;
import io.passerelle.canonical.PromotionConditions;
import io.passerelle.canonical.PromotionPeriod;
import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.event.LineStoppageDeclared;
import io.passerelle.canonical.event.LineStoppageEnded;
import io.passerelle.canonical.event.PromotionPlanned;
import io.passerelle.hub.events.EventImpacts.Hit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A subscription's "only" filters: what a subscriber hears of an event, and what it does not. */
class EventFilterTest {

    static final Instant START = Instant.parse("2026-12-01T06:00:00Z");
    static final LineStoppageDeclared THREE_HOURS = new LineStoppageDeclared("S-1", "P1", "L2", START,
            START.plus(Duration.ofHours(3)), "breakdown");
    static final LineStoppageDeclared THREE_DAYS = new LineStoppageDeclared("S-2", "P1", "L2", START,
            START.plus(Duration.ofDays(3)), "maintenance");

    @Test
    void aStoppageShorterThanTheMinimumIsNotHeardNorItsEnd() {
        EventSubscription.Only fourHours = new EventSubscription.Only(null, null, null, null, null, Duration.ofHours(4));
        assertThat(scope(fourHours, THREE_HOURS, Optional.of(THREE_HOURS))).isEmpty();
        assertThat(scope(fourHours, THREE_DAYS, Optional.of(THREE_DAYS))).isPresent();
        LineStoppageEnded end = new LineStoppageEnded("S-1", "P1", "L2", START.plus(Duration.ofHours(2)));
        assertThat(scope(fourHours, end, Optional.of(THREE_HOURS))).as("follows its declaration").isEmpty();
        assertThat(scope(fourHours, end, Optional.empty())).as("no declaration known").isEmpty();
    }

    @Test
    void onlyTheNamedLinesAndProductsAreHeardAndOnlyTheNamedCustomersOrders() {
        assertThat(EventFilter.scope(new EventSubscription.Only(null, null, null, null, List.of("L1"), null),
                THREE_DAYS, List.of("A"), List.of(), Optional.empty(), Optional.of(THREE_DAYS))).isEmpty();
        assertThat(EventFilter.scope(new EventSubscription.Only(List.of("C"), null, null, null, null, null),
                THREE_DAYS, List.of("A", "B"), List.of(), Optional.empty(), Optional.of(THREE_DAYS))).isEmpty();

        List<Hit> hits = List.of(hit("CUST-R", "A"), hit("CUST-S", "A"), hit("CUST-R", "B"));
        EventFilter.Scope scope = EventFilter.scope(new EventSubscription.Only(List.of("A"), List.of("CUST-R"), null,
                null, null, null), THREE_DAYS, List.of("A", "B"), hits, Optional.empty(), Optional.of(THREE_DAYS)).orElseThrow();
        assertThat(scope.products()).containsExactly("A");
        assertThat(scope.hits()).extracting(h -> h.order().customerId() + "/" + h.order().productId())
                .containsExactly("CUST-R/A");
    }

    @Test
    void aPromotionIsHeardOnlyWhenOfferedToANamedCustomerOrSegment() {
        Promotion forR = promotion(List.of("CUST-R"), null);
        Promotion forRetail = promotion(List.of(), "RETAIL");
        EventSubscription.Only onlyS = new EventSubscription.Only(null, List.of("CUST-S"), null, null, null, null);
        EventSubscription.Only onlyRetail = new EventSubscription.Only(null, null, List.of("RETAIL"), null, null, null);
        assertThat(scopeOf(onlyS, forR)).isEmpty();
        assertThat(scopeOf(onlyRetail, forR)).isEmpty();
        assertThat(scopeOf(onlyRetail, forRetail)).isPresent();
        assertThat(scopeOf(new EventSubscription.Only(null, List.of("CUST-R"), null, null, null, null), forR)).isPresent();
    }

    private static Optional<EventFilter.Scope> scopeOf(EventSubscription.Only only, Promotion promotion) {
        return EventFilter.scope(only, new PromotionPlanned(promotion), promotion.productIds(), List.of(),
                Optional.of(promotion), Optional.empty());
    }

    private static Optional<EventFilter.Scope> scope(EventSubscription.Only only, BoundaryEvent event,
                                                     Optional<LineStoppageDeclared> declaration) {
        return EventFilter.scope(only, event, List.of("A"), List.of(), Optional.empty(), declaration);
    }

    private static Hit hit(String customer, String product) {
        return new Hit(new OpenOrder("erp", "4500001", 1, null, customer, product, LocalDate.of(2026, 11, 20), "EUR",
                BigDecimal.TEN, "H87", null, LocalDate.of(2026, 12, 2)), LocalDate.of(2026, 12, 6));
    }

    private static Promotion promotion(List<String> customers, String segment) {
        return new Promotion("PROMO-1", List.of("A"), customers, segment,
                new PromotionPeriod(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 24)),
                new PromotionConditions(new BigDecimal("20"), null, null), new BigDecimal("35"));
    }
}
