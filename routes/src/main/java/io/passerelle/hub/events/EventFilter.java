package io.passerelle.hub.events;

import io.passerelle.canonical.Promotion;
import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.event.LineStoppageDeclared;
import io.passerelle.canonical.event.LineStoppageEnded;
import io.passerelle.hub.events.EventImpacts.Hit;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A subscription's "only" filters applied to one event: what the subscriber may hear of it. */
final class EventFilter {

    private EventFilter() {
    }

    /** The part of an event a subscriber hears: nothing if a filter excludes the event. */
    record Scope(List<String> products, List<Hit> hits, Optional<Promotion> promotion) {
    }

    static Optional<Scope> scope(EventSubscription.Only only, BoundaryEvent event, List<String> products,
                                 List<Hit> hits, Optional<Promotion> promotion, Optional<LineStoppageDeclared> declaration) {
        List<String> visibleProducts = only.products().isEmpty() ? products
                : products.stream().filter(only.products()::contains).toList();
        if (!only.products().isEmpty() && visibleProducts.isEmpty()) {
            return Optional.empty();
        }
        List<Hit> visibleHits = hits.stream()
                .filter(hit -> only.customers().isEmpty() || only.customers().contains(hit.order().customerId()))
                .filter(hit -> visibleProducts.contains(hit.order().productId()) || only.products().isEmpty())
                .toList();
        if (promotion.isPresent()) {
            Promotion p = promotion.get();
            if (!only.customers().isEmpty() && p.customerIds().stream().noneMatch(only.customers()::contains)) {
                return Optional.empty();
            }
            if (!only.segments().isEmpty() && (p.segment() == null || !only.segments().contains(p.segment()))) {
                return Optional.empty();
            }
        }
        if (!stoppageMatches(only, event, declaration)) {
            return Optional.empty();
        }
        return Optional.of(new Scope(visibleProducts, visibleHits, promotion));
    }

    private static boolean stoppageMatches(EventSubscription.Only only, BoundaryEvent event,
                                           Optional<LineStoppageDeclared> declaration) {
        String plant;
        String line;
        if (event instanceof LineStoppageDeclared e) {
            plant = e.plant();
            line = e.line();
        } else if (event instanceof LineStoppageEnded e) {
            plant = e.plant();
            line = e.line();
        } else {
            return true;
        }
        if (!only.plants().isEmpty() && !only.plants().contains(plant)) {
            return false;
        }
        if (!only.lines().isEmpty() && !only.lines().contains(line)) {
            return false;
        }
        if (only.minStoppage() == null) {
            return true;
        }
        // An end follows its declaration: heard if, and only if, the declaration was.
        return declaration.map(d -> Duration.between(d.windowStart(), d.windowEnd()).compareTo(only.minStoppage()) >= 0)
                .orElse(false);
    }
}
