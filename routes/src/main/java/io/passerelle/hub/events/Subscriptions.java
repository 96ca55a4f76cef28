package io.passerelle.hub.events;

import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.hub.system.ConnectedSystems;
import io.passerelle.hub.system.SystemDeclaration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The subscriptions, checked against the declared systems at startup: a mistake stops the start, named. */
@Component
public class Subscriptions {

    static final Set<String> EVENT_TYPES = Arrays.stream(BoundaryEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName).collect(Collectors.toUnmodifiableSet());

    private final List<EventSubscription> subscriptions;
    private final ConnectedSystems systems;

    public Subscriptions(EventSettings settings, ConnectedSystems systems) {
        this.subscriptions = settings.subscriptions();
        this.systems = systems;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < subscriptions.size(); i++) {
            EventSubscription subscription = subscriptions.get(i);
            String key = "passerelle.events.subscriptions[" + i + "]";
            if (systems.find(subscription.system()).isEmpty()) {
                problems.add(key + ".system: '" + subscription.system() + "' is not a declared system (declared: "
                        + String.join(", ", systems.systems().keySet()) + ")");
            }
            subscription.events().stream().filter(type -> !EVENT_TYPES.contains(type)).forEach(type -> problems.add(
                    key + ".events: '" + type + "' is not a boundary event (one of " + String.join(", ",
                            EVENT_TYPES.stream().sorted().toList()) + ")"));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("config/subscriptions.yml: " + String.join("; ", problems));
        }
    }

    /** The subscriptions to an event type, the event's own source excepted (it knows already). */
    public List<EventSubscription> to(String eventType, String sourceSystem) {
        return subscriptions.stream()
                .filter(s -> s.events().contains(eventType) && !s.system().equals(sourceSystem))
                .toList();
    }

    public SystemDeclaration system(EventSubscription subscription) {
        return systems.find(subscription.system()).orElseThrow();
    }
}
