package io.passerelle.hub.events;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.validation.CanonicalValidator;
import io.passerelle.hub.delivery.Outbox;
import io.passerelle.hub.events.EventImpacts.Hit;
import io.passerelle.hub.ingress.HubIngress;
import io.passerelle.hub.ingress.InboundChange;
import io.passerelle.hub.tracking.MessageLog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a boundary event enters the hub: validated, recorded once per source event, its impact
 * worked out and stored, and a notice queued for every subscriber, all in one transaction — an accepted
 * event is never without its deliveries, and a duplicate never gets a second set.
 */
@Component
public class BoundaryEvents {

    public enum Outcome { ACCEPTED, DUPLICATE }

    /** @param notices how many notices were queued, per subscriber */
    public record Receipt(UUID eventId, Outcome outcome, int ordersHit, List<String> notices) {
    }

    private final CanonicalValidator validator = new CanonicalValidator();
    private final HubIngress ingress;
    private final ImpactAnalysis impact;
    private final EventImpacts impacts;
    private final NoticePlanner planner;
    private final Outbox outbox;
    private final MessageLog log;

    public BoundaryEvents(HubIngress ingress, ImpactAnalysis impact, EventImpacts impacts, NoticePlanner planner,
                          Outbox outbox, MessageLog log) {
        this.ingress = ingress;
        this.impact = impact;
        this.impacts = impacts;
        this.planner = planner;
        this.outbox = outbox;
        this.log = log;
    }

    /**
     * @param sourceEventId the source's own identity of the event (staging row, webhook event id, the caller's
     *                      idempotency key): the same event offered twice is accepted once
     * @throws io.passerelle.canonical.validation.CanonicalValidationException the event breaks a rule
     */
    @Transactional
    public Receipt accept(String source, String sourceEventId, BoundaryEvent event) {
        validator.requireValid(event);
        ImpactAnalysis.Impact found = impact.of(event);
        List<String> products = found.products();
        Optional<UUID> recorded = ingress.record(new InboundChange(source, sourceEventId, event.type(),
                event.entityKey(), businessKeys(event, products), event));
        if (recorded.isEmpty()) {
            return new Receipt(ingress.existingId(source, sourceEventId), Outcome.DUPLICATE, 0, List.of());
        }
        UUID id = recorded.get();
        List<Hit> hits = found.hits();
        if (!hits.isEmpty()) {
            impacts.store(id, event.type(), event.entityKey(), ImpactAnalysis.correlation(event), hits);
        }
        long customers = hits.stream().map(hit -> hit.order().customerId()).distinct().count();
        List<Notice> notices = planner.plan(id, source, event, products, hits, found.promotion());
        List<String> summary = new ArrayList<>();
        List<Outbox.NewEntry> entries = new ArrayList<>();
        for (Notice notice : notices) {
            entries.add(new Outbox.NewEntry(id, notice.subscriber(), notice.entityKey(), notice.messageType(),
                    CanonicalJson.write(notice.payload())));
            summary.add(notice.subscriber() + ": " + notice.messageType());
        }
        outbox.enqueueAll(entries);
        log.hops(List.of(
                new MessageLog.Hop(id, "hub", "IMPACT", products.size() + " product(s), " + hits.size()
                        + " open order line(s) of " + customers + " customer(s)"),
                new MessageLog.Hop(id, "hub", "QUEUED", notices.isEmpty() ? "no subscriber" : notices.size()
                        + " notice(s): " + String.join(", ", new LinkedHashSet<>(summary)))));
        return new Receipt(id, Outcome.ACCEPTED, hits.size(), summary);
    }

    private static List<String> businessKeys(BoundaryEvent event, List<String> products) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(event.entityKey());
        keys.add("event:" + event.type());
        products.forEach(product -> keys.add("product:" + product));
        return List.copyOf(keys);
    }
}
