package io.passerelle.hub.connector.edi;

import io.passerelle.hub.system.HubInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, the received files a previous run of this hub was reading when it stopped are marked INTERRUPTED,
 * with a report, instead of staying RECEIVED for ever: an operator listing what did not go through sees what
 * happened, and that the file was read again (it stayed in the partner's folder). Only readings of instances
 * {@link HubInstance#knownDead known dead} are touched; another instance may be reading its files right now.
 */
@Component
public class EdiInterruptedReadings {

    private static final Logger log = LoggerFactory.getLogger(EdiInterruptedReadings.class);

    private final EdiInterchanges interchanges;
    private final HubInstance instance;

    public EdiInterruptedReadings(EdiInterchanges interchanges, HubInstance instance) {
        this.interchanges = interchanges;
        this.instance = instance;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void markInterrupted() {
        String[] stopped = instance.deadAmong(interchanges.readers());
        if (stopped.length > 0) {
            int files = interchanges.interrupted(stopped);
            log.warn("Starting: {} received EDI file(s) were being read when this hub stopped: marked INTERRUPTED; the"
                    + " partners' folders still hold them, and they are read again", files);
        }
    }
}
