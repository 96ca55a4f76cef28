package io.passerelle.hub.delivery;

import io.passerelle.hub.database.AfterCommit;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Wakes this instance's dispatcher as soon as outbox entries are committed here, so a notice leaves within
 * milliseconds rather than at the next poll. Polling stays, for entries other instances commit and for
 * retries that fall due.
 */
@Component
public class OutboxSignal {

    private final Semaphore ready = new Semaphore(0);

    /** Call where entries are written: the dispatcher is woken when the transaction commits (at once outside one). */
    public void wakeAfterCommit() {
        AfterCommit.run(this::wake);
    }

    void wake() {
        // One permit is enough: the dispatcher claims everything due when it wakes.
        if (ready.availablePermits() == 0) {
            ready.release();
        }
    }

    /** Waits until woken, at most {@code max}; true when woken. */
    boolean await(Duration max) throws InterruptedException {
        boolean woken = ready.tryAcquire(max.toMillis(), TimeUnit.MILLISECONDS);
        ready.drainPermits();
        return woken;
    }
}
