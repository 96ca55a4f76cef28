package io.passerelle.hub.events;

/**
 * One thing to tell one subscriber about an event, in canonical codes; its connector writes it in the
 * subscriber's own. Notices with the same entity key reach a subscriber in the order of their events.
 */
public record Notice(String subscriber, String entityKey, String messageType, Object payload) {
}
