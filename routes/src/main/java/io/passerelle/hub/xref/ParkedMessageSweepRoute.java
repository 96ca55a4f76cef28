package io.passerelle.hub.xref;

import io.passerelle.mappings.xref.ParkingLot;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Parked messages are replayed as soon as their code is mapped; this sweep is the safety net for the
 * cases where that moment was missed (an instance stopped mid-replay, a flow registered late).
 */
@Component
public class ParkedMessageSweepRoute extends RouteBuilder {

    private final ParkingLot parking;
    private final XrefProperties properties;

    public ParkedMessageSweepRoute(ParkingLot parking, XrefProperties properties) {
        this.parking = parking;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from("timer:parked-message-sweep?period=" + properties.replaySweepInterval().toMillis())
                .routeId("parked-message-sweep")
                .process(exchange -> exchange.getMessage().setBody(parking.replayWhereMapped()))
                .filter(body().isGreaterThan(0))
                .log("Replayed ${body} parked message(s) whose code is now mapped");
    }
}
