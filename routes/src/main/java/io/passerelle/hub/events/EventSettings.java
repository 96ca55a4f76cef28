package io.passerelle.hub.events;

import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param subscriptions who hears of which boundary events (config/subscriptions.yml)
 * @param zone          where the plants are: a stoppage's instants become delivery dates in this zone
 */
@Validated
@ConfigurationProperties("passerelle.events")
public record EventSettings(@Valid List<EventSubscription> subscriptions, ZoneId zone) {

    public EventSettings {
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
        zone = zone == null ? ZoneId.of("Europe/Paris") : zone;
    }
}
