package io.passerelle.hub.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.stereotype.Component;

/**
 * Camel times every exchange by endpoint, and tags it with its route, but an exchange sent by a producer template
 * outside any route (the WMS upload, a CRM call) has no route to name. Prometheus wants one set of tag names per
 * metric: the first of the two kinds registered kept its series and the other was dropped, with one warning in the
 * log. Such an exchange is tagged with an empty route instead, which Prometheus reads as no route.
 */
@Component
public class CamelExchangeMeterTags implements MeterFilter {

    private static final String EXCHANGE_TIMER = "camel.exchange.event.notifier";
    private static final String ROUTE = "routeId";

    @Override
    public Meter.Id map(Meter.Id id) {
        if (EXCHANGE_TIMER.equals(id.getName()) && id.getTag(ROUTE) == null) {
            return id.withTag(Tag.of(ROUTE, ""));
        }
        return id;
    }
}
