package io.passerelle.hub.events;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.Duration;
import java.util.List;

/**
 * One line of config/subscriptions.yml: a system hears of some boundary event types, optionally only some
 * of them. What it receives follows its connector: sales alerts for a CRM, planning notices for an ERP's
 * interface table or a WMS file, order responses and catalogue updates for a trading partner.
 *
 * @param system the subscriber, as declared in config/systems.yml (or config/partners.yml)
 * @param events event types: LaunchDateChanged, ProductWithdrawn, PromotionPlanned, PromotionChanged,
 *               PromotionCancelled, LineStoppageDeclared, LineStoppageEnded
 * @param only   filters, all of which must hold; absent means every event of those types
 */
public record EventSubscription(@NotBlank String system, @NotEmpty List<@NotBlank String> events, @Valid Only only) {

    public EventSubscription {
        only = only == null ? Only.EVERYTHING : only;
    }

    /**
     * @param products     canonical product ids: only events about one of them (a stoppage: a line making one)
     * @param customers    canonical customer ids: only promotions offered to one of them, only orders of them
     * @param segments     only promotions for one of these customer segments
     * @param plants       only stoppages in these plants
     * @param lines        only stoppages of these lines
     * @param minStoppage  only stoppages declared for at least this long (e.g. 4h); a stoppage's end follows
     *                     its declaration, whatever its length
     */
    public record Only(List<String> products, List<String> customers, List<String> segments, List<String> plants,
                       List<String> lines, Duration minStoppage) {

        static final Only EVERYTHING = new Only(null, null, null, null, null, null);

        public Only {
            products = products == null ? List.of() : List.copyOf(products);
            customers = customers == null ? List.of() : List.copyOf(customers);
            segments = segments == null ? List.of() : List.copyOf(segments);
            plants = plants == null ? List.of() : List.copyOf(plants);
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }
}
