package io.passerelle.hub.delivery;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Drives the dispatcher: without pause while full batches keep coming, at once when entries are committed
 * in this instance, and every poll interval otherwise.
 */
@Component
public class DeliveryRoute extends RouteBuilder {

    private final DeliveryDispatcher dispatcher;
    private final DeliveryProperties properties;
    private final OutboxSignal signal;
    /** Set as soon as the application starts closing, before Camel stops: no new batch is claimed after it. */
    private volatile boolean closing;

    public DeliveryRoute(DeliveryDispatcher dispatcher, DeliveryProperties properties, OutboxSignal signal) {
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.signal = signal;
    }

    @EventListener(ContextClosedEvent.class)
    public void closing() {
        closing = true;
        signal.wake();
    }

    /** Lets the commits of a stream of events gather before the next claim. */
    private void gather(long lastClaim) throws InterruptedException {
        long left = properties.gather().toNanos() - (System.nanoTime() - lastClaim);
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    @Override
    public void configure() {
        from("timer:delivery-dispatcher?period=" + properties.pollInterval().toMillis())
                .routeId("delivery-dispatcher")
                .process(exchange -> {
                    // Rounds of at most a few seconds, so that a stopping context never waits long for this one.
                    long until = System.currentTimeMillis() + 5_000;
                    while (System.currentTimeMillis() < until && !closing
                            && !exchange.getContext().getStatus().isStopping()) {
                        // A full batch means more is waiting; otherwise sleep until entries are committed here,
                        // or hand back to the timer when a whole poll interval passes quietly.
                        long claimed = System.nanoTime();
                        if (dispatcher.dispatchOnce() < properties.batchSize()) {
                            if (!signal.await(properties.pollInterval())) {
                                return;
                            }
                            gather(claimed);
                        }
                    }
                });
    }
}
