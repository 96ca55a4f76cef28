package io.passerelle.hub.delivery;

/**
 * A delivery that did not happen. Retriable: timeouts, 5xx, connection refused — tried again with
 * back-off. Permanent: validation, 4xx, unknown code — kept dead, with the reason, for replay.
 */
public class DeliveryFailure extends RuntimeException {

    private final boolean retriable;

    private DeliveryFailure(String message, Throwable cause, boolean retriable) {
        super(message, cause);
        this.retriable = retriable;
    }

    public static DeliveryFailure retriable(String message, Throwable cause) {
        return new DeliveryFailure(message, cause, true);
    }

    public static DeliveryFailure permanent(String message, Throwable cause) {
        return new DeliveryFailure(message, cause, false);
    }

    public boolean retriable() {
        return retriable;
    }
}
