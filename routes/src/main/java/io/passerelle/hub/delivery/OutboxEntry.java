package io.passerelle.hub.delivery;

import java.util.UUID;

/** A message on its way to one subscriber; payload is the canonical JSON. */
public record OutboxEntry(long id, UUID messageId, String subscriber, String entityKey, String messageType,
                          String payload, int attempts) {
}
