package io.passerelle.hub.delivery;

/** What happened to one outbox entry in a batch: delivered (with a note for tracking) or failed. */
public record DeliveryOutcome(long entryId, String note, DeliveryFailure failure) {

    public static DeliveryOutcome delivered(OutboxEntry entry, String note) {
        return new DeliveryOutcome(entry.id(), note, null);
    }

    public static DeliveryOutcome failed(OutboxEntry entry, DeliveryFailure failure) {
        return new DeliveryOutcome(entry.id(), failure.getMessage(), failure);
    }

    public boolean delivered() {
        return failure == null;
    }
}
