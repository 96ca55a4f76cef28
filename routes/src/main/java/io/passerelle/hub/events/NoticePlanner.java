package io.passerelle.hub.events;

import io.passerelle.canonical.Promotion;
import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.event.LaunchDateChanged;
import io.passerelle.canonical.event.LineStoppageDeclared;
import io.passerelle.canonical.event.LineStoppageEnded;
import io.passerelle.canonical.event.ProductWithdrawn;
import io.passerelle.canonical.event.PromotionCancelled;
import io.passerelle.canonical.notice.AffectedOrderLine;
import io.passerelle.canonical.notice.PlanningNotice;
import io.passerelle.canonical.notice.SalesAlert;
import io.passerelle.hub.events.EventFilter.Scope;
import io.passerelle.hub.events.EventImpacts.Hit;
import io.passerelle.hub.system.SystemDeclaration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns an event and its impact into notices, per subscription, in what each kind of subscriber acts on:
 * a CRM gets one sales alert per account hit (naming its orders); an ERP or a WMS gets one planning notice
 * per product; a trading partner gets order responses for its own orders and catalogue updates
 * ({@link PartnerNotices}).
 */
@Component
public class NoticePlanner {

    private final Subscriptions subscriptions;
    private final CanonicalRecords records;
    private final PartnerNotices partners;
    private final AlertTexts texts;
    private final Labels labels;
    private final ZoneId zone;

    public NoticePlanner(Subscriptions subscriptions, CanonicalRecords records, PartnerNotices partners,
                         AlertTexts texts, Labels labels, EventSettings settings) {
        this.texts = texts;
        this.labels = labels;
        this.subscriptions = subscriptions;
        this.records = records;
        this.partners = partners;
        this.zone = settings.zone();
    }

    public List<Notice> plan(UUID eventId, String source, BoundaryEvent event, List<String> products, List<Hit> hits,
                             Optional<Promotion> promotion) {
        Optional<LineStoppageDeclared> declaration = event instanceof LineStoppageEnded ended
                ? records.stoppageDeclaration(ended.stoppageId()) : Optional.empty();
        if (event instanceof LineStoppageDeclared declared) {
            declaration = Optional.of(declared);
        }
        List<Notice> notices = new ArrayList<>();
        for (EventSubscription subscription : subscriptions.to(event.type(), source)) {
            Optional<Scope> scope = EventFilter.scope(subscription.only(), event, products, hits, promotion, declaration);
            if (scope.isEmpty()) {
                continue;
            }
            SystemDeclaration system = subscriptions.system(subscription);
            String subscriber = subscription.system();
            switch (system.type()) {
                case CRM_REST -> notices.addAll(salesAlerts(subscriber, eventId, event, scope.get()));
                case ERP_STAGING_TABLES, WMS_SFTP -> notices.addAll(planningNotices(subscriber, eventId, event,
                        scope.get(), declaration));
                case EDI_PARTNER -> notices.addAll(partners.notices(subscriber, system, eventId, event, scope.get()));
            }
        }
        return notices;
    }

    private List<Notice> salesAlerts(String subscriber, UUID eventId, BoundaryEvent event, Scope scope) {
        Map<String, List<Hit>> byCustomer = scope.hits().stream()
                .collect(Collectors.groupingBy(hit -> hit.order().customerId(), LinkedHashMap::new, Collectors.toList()));
        if (scope.promotion().isPresent()) {
            // A promotion offered to named customers: their account managers are told; it moves no order.
            scope.promotion().get().customerIds().forEach(customer -> byCustomer.putIfAbsent(customer, List.of()));
        }
        List<Notice> alerts = new ArrayList<>();
        byCustomer.forEach((customer, customerHits) -> {
            List<AffectedOrderLine> lines = customerHits.stream().map(Hit::affected).toList();
            String name = labels.customer(customer);
            LocalDate due = lines.stream().map(AffectedOrderLine::previousPromisedDate).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(LocalDate.now(zone));
            SalesAlert alert = new SalesAlert(eventId + ":" + customer, event.type(), customer,
                    texts.subject(event, name, lines), texts.text(event, scope.promotion(), lines), due, lines);
            alerts.add(new Notice(subscriber, ImpactAnalysis.correlation(event) + "|customer:" + customer,
                    "SalesAlert", alert));
        });
        return alerts;
    }

    private List<Notice> planningNotices(String subscriber, UUID eventId, BoundaryEvent event, Scope scope,
                                         Optional<LineStoppageDeclared> declaration) {
        List<Notice> notices = new ArrayList<>();
        for (String product : scope.products()) {
            PlanningNotice notice = planningNotice(eventId + ":" + product, event, product, scope.promotion(), declaration);
            notices.add(new Notice(subscriber, "product:" + product, "PlanningNotice", notice));
        }
        return notices;
    }

    private PlanningNotice planningNotice(String id, BoundaryEvent event, String product, Optional<Promotion> promotion,
                                          Optional<LineStoppageDeclared> declaration) {
        String note = texts.planningNote(event, promotion);
        if (event instanceof LineStoppageDeclared e) {
            return new PlanningNotice(id, event.type(), product, day(e.windowStart()), day(e.windowEnd()), null, note);
        }
        if (event instanceof LineStoppageEnded e) {
            return new PlanningNotice(id, event.type(), product,
                    declaration.map(d -> day(d.windowStart())).orElse(null), day(e.endedAt()), null, note);
        }
        if (event instanceof LaunchDateChanged e) {
            return new PlanningNotice(id, event.type(), product, e.newLaunchDate(), null, null, note);
        }
        if (event instanceof ProductWithdrawn e) {
            return new PlanningNotice(id, event.type(), product, e.withdrawalDate(), null, null, note);
        }
        Promotion p = promotion.orElseThrow();
        BigDecimal uplift = event instanceof PromotionCancelled ? BigDecimal.ZERO : p.expectedUpliftPercent();
        return new PlanningNotice(id, event.type(), product, p.period().startDate(), p.period().endDate(), uplift, note);
    }

    private LocalDate day(java.time.Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
