package io.passerelle.hub.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.event.LaunchDateChanged;
import io.passerelle.canonical.event.LineStoppageDeclared;
import io.passerelle.canonical.event.LineStoppageEnded;
import io.passerelle.canonical.event.PromotionCancelled;
import io.passerelle.hub.events.BoundaryEvents.Offer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events accepted together are worked out together only where none can read what another wrote: an event about
 * the same entity, the same stoppage or the same source change as an earlier one of the batch waits for it.
 */
class IndependentRunsTest {

    private static final Instant START = Instant.parse("2026-12-01T06:00:00Z");

    @Test
    void eventsAboutDifferentThingsAreOneRunInTheirOrder() {
        List<Offer> offers = List.of(launch("1", "P-A"), launch("2", "P-B"), cancel("3", "PROMO-1"));

        assertThat(BoundaryEvents.independentRuns(offers)).containsExactly(offers);
    }

    @Test
    void aSecondEventAboutTheSameEntityStartsANewRun() {
        Offer planned = launch("1", "P-A");
        Offer other = launch("2", "P-B");
        Offer movedAgain = launch("3", "P-A");
        Offer after = launch("4", "P-C");

        assertThat(BoundaryEvents.independentRuns(List.of(planned, other, movedAgain, after)))
                .containsExactly(List.of(planned, other), List.of(movedAgain, after));
    }

    @Test
    void aStoppagesEndWaitsForItsDeclarationAndTheSameChangeTwiceForItself() {
        Offer declared = offer("1", new LineStoppageDeclared("STOP-1", "P1", "L2", START, START.plusSeconds(86_400),
                "maintenance"));
        // Another line: its entity differs, but the stoppage id ties it to the declaration.
        Offer ended = offer("2", new LineStoppageEnded("STOP-1", "P1", "L3", START.plusSeconds(3_600)));
        Offer again = offer("2", new LineStoppageEnded("STOP-1", "P1", "L3", START.plusSeconds(3_600)));

        assertThat(BoundaryEvents.independentRuns(List.of(declared, ended, again)))
                .containsExactly(List.of(declared), List.of(ended), List.of(again));
    }

    private static Offer launch(String change, String product) {
        return offer(change, new LaunchDateChanged(product, null, LocalDate.of(2027, 1, 15), "tooling late"));
    }

    private static Offer cancel(String change, String promotion) {
        return offer(change, new PromotionCancelled(promotion, "budget cut"));
    }

    private static Offer offer(String change, BoundaryEvent event) {
        return new Offer("crm", change, event);
    }
}
