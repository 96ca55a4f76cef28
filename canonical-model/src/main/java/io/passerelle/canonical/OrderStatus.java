package io.passerelle.canonical;

/** Where a customer order stands as a whole. */
public enum OrderStatus {
    RECEIVED,
    CONFIRMED,
    PARTIALLY_SHIPPED,
    SHIPPED,
    DELIVERED,
    CANCELLED
}
