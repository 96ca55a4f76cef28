package io.passerelle.hub.events;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.validation.CanonicalValidator;
import io.passerelle.hub.delivery.Outbox;
import io.passerelle.hub.events.EventImpacts.Hit;
import io.passerelle.hub.ingress.GroupCommit;
import io.passerelle.hub.ingress.HubIngress;
import io.passerelle.hub.ingress.InboundChange;
import io.passerelle.hub.tracking.MessageLog;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a boundary event enters the hub: validated, recorded once per source event, its impact
 * worked out and stored, and a notice queued for every subscriber, all in one transaction — an accepted
 * event is never without its deliveries, and a duplicate never gets a second set.
 *
 * <p>Events offered at the same time by different callers are accepted together, one transaction and one
 * statement per step for the lot ({@link GroupCommit}); an event offered inside the caller's own transaction
 * becomes part of that one instead.
 */
@Component
public class BoundaryEvents {

    public enum Outcome { ACCEPTED, DUPLICATE }

    /** @param notices how many notices were queued, per subscriber */
    public record Receipt(UUID eventId, Outcome outcome, int ordersHit, List<String> notices) {
    }

    /** An event as its source offered it. */
    record Offer(String source, String sourceEventId, BoundaryEvent event) {
    }

    private final CanonicalValidator validator = new CanonicalValidator();
    private final HubIngress ingress;
    private final ImpactAnalysis impact;
    private final EventImpacts impacts;
    private final NoticePlanner planner;
    private final Outbox outbox;
    private final MessageLog log;
    private final TransactionTemplate transactions;
    private final GroupCommit<Offer, Receipt> batches;

    public BoundaryEvents(HubIngress ingress, ImpactAnalysis impact, EventImpacts impacts, NoticePlanner planner,
                          Outbox outbox, MessageLog log, PlatformTransactionManager transactionManager,
                          EventSettings settings) {
        this.ingress = ingress;
        this.impact = impact;
        this.impacts = impacts;
        this.planner = planner;
        this.outbox = outbox;
        this.log = log;
        this.transactions = new TransactionTemplate(transactionManager);
        EventSettings.Acceptance acceptance = settings.acceptance();
        this.batches = new GroupCommit<>("event-acceptance", offers -> transactions.execute(status -> acceptAll(offers)),
                acceptance.writers(), acceptance.maxBatch(), acceptance.waiting());
    }

    /**
     * @param sourceEventId the source's own identity of the event (staging row, webhook event id, the caller's
     *                      idempotency key): the same event offered twice is accepted once
     * @throws io.passerelle.canonical.validation.CanonicalValidationException the event breaks a rule
     */
    public Receipt accept(String source, String sourceEventId, BoundaryEvent event) {
        // Checked in the caller's thread: a refused event never joins, nor dooms, a batch.
        validator.requireValid(event);
        Offer offer = new Offer(source, sourceEventId, event);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // The caller's writes and the event stand or fall together.
            return acceptAll(List.of(offer)).get(0);
        }
        return batches.submit(offer);
    }

    @PreDestroy
    void stop() {
        batches.close();
    }

    /** Accepts events in the order offered, in the current transaction: what a batch of the group commit does. */
    List<Receipt> acceptAll(List<Offer> offers) {
        List<Receipt> receipts = new ArrayList<>(offers.size());
        for (List<Offer> independent : independentRuns(offers)) {
            receipts.addAll(acceptIndependent(independent));
        }
        return receipts;
    }

    /**
     * Splits offers, in order, into runs where no two events concern the same entity or correlation (a
     * promotion, a stoppage): an event's impact may read what an earlier one about the same thing wrote (a
     * cancellation reads its promotion, a stoppage's end the orders its declaration moved), so such an event
     * starts a new run, worked out once the previous run is written.
     */
    static List<List<Offer>> independentRuns(List<Offer> offers) {
        List<List<Offer>> runs = new ArrayList<>();
        List<Offer> run = new ArrayList<>();
        Set<String> concerned = new HashSet<>();
        for (Offer offer : offers) {
            List<String> keys = List.of(offer.event().entityKey(), ImpactAnalysis.correlation(offer.event()),
                    offer.source() + "\u0000" + offer.sourceEventId());
            if (keys.stream().anyMatch(concerned::contains)) {
                runs.add(run);
                run = new ArrayList<>();
                concerned.clear();
            }
            run.add(offer);
            concerned.addAll(keys);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /** Independent events: impacts worked out, then one statement per step for all of them. */
    private List<Receipt> acceptIndependent(List<Offer> offers) {
        List<ImpactAnalysis.Impact> found = offers.stream().map(offer -> impact.of(offer.event())).toList();
        List<InboundChange> changes = new ArrayList<>(offers.size());
        for (int i = 0; i < offers.size(); i++) {
            Offer offer = offers.get(i);
            BoundaryEvent event = offer.event();
            changes.add(new InboundChange(offer.source(), offer.sourceEventId(), event.type(), event.entityKey(),
                    businessKeys(event, found.get(i).products()), event));
        }
        List<HubIngress.Recorded> recorded = ingress.recordAll(changes);
        List<Receipt> receipts = new ArrayList<>(offers.size());
        List<Outbox.NewEntry> entries = new ArrayList<>();
        List<MessageLog.Hop> hops = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            Offer offer = offers.get(i);
            HubIngress.Recorded record = recorded.get(i);
            hops.add(record.hop(changes.get(i)));
            if (!record.accepted()) {
                receipts.add(new Receipt(record.messageId(), Outcome.DUPLICATE, 0, List.of()));
                continue;
            }
            receipts.add(queueNotices(record.messageId(), offer, found.get(i), entries, hops));
        }
        outbox.enqueueAll(entries);
        log.hops(hops);
        return receipts;
    }

    /** Stores what an accepted event hits and adds its notices and hops to the batch's. */
    private Receipt queueNotices(UUID id, Offer offer, ImpactAnalysis.Impact found, List<Outbox.NewEntry> entries,
                                 List<MessageLog.Hop> hops) {
        BoundaryEvent event = offer.event();
        List<Hit> hits = found.hits();
        if (!hits.isEmpty()) {
            impacts.store(id, event.type(), event.entityKey(), ImpactAnalysis.correlation(event), hits);
        }
        long customers = hits.stream().map(hit -> hit.order().customerId()).distinct().count();
        List<Notice> notices = planner.plan(id, offer.source(), event, found.products(), hits, found.promotion());
        List<String> summary = new ArrayList<>();
        for (Notice notice : notices) {
            entries.add(new Outbox.NewEntry(id, notice.subscriber(), notice.entityKey(), notice.messageType(),
                    CanonicalJson.write(notice.payload())));
            summary.add(notice.subscriber() + ": " + notice.messageType());
        }
        hops.add(new MessageLog.Hop(id, "hub", "IMPACT", found.products().size() + " product(s), " + hits.size()
                + " open order line(s) of " + customers + " customer(s)"));
        hops.add(new MessageLog.Hop(id, "hub", "QUEUED", notices.isEmpty() ? "no subscriber" : notices.size()
                + " notice(s): " + String.join(", ", new LinkedHashSet<>(summary))));
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
