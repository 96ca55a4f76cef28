package io.passerelle.hub.delivery;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Drives the dispatcher: every poll interval, and without pause while full batches keep coming. */
@Component
public class DeliveryRoute extends RouteBuilder {

    private final DeliveryDispatcher dispatcher;
    private final DeliveryProperties properties;

    public DeliveryRoute(DeliveryDispatcher dispatcher, DeliveryProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from("timer:delivery-dispatcher?period=" + properties.pollInterval().toMillis())
                .routeId("delivery-dispatcher")
                .process(exchange -> {
                    long until = System.currentTimeMillis() + 5_000;
                    // A full batch means more is waiting: keep going rather than sleep a period, unless stopping.
                    while (dispatcher.dispatchOnce() == properties.batchSize() && System.currentTimeMillis() < until
                            && !exchange.getContext().getStatus().isStopping()) {
                        Thread.onSpinWait();
                    }
                });
    }
}
