package io.passerelle.canonical;

/** Where one order line stands; mirrors what an order response (ORDRSP) can say about a line. */
public enum OrderLineStatus {
    OPEN,
    ACCEPTED,
    /** Accepted with another delivery date: the customer must be told. */
    RESCHEDULED,
    REJECTED,
    SHIPPED,
    CANCELLED
}
