/**
 * Boundary events across the two value chains: a line stoppage, a launch moved, a product withdrawn, a
 * promotion planned, changed or cancelled. Each event is validated, stored with the impact it has (the
 * open orders and customers it hits) and turned, in the same transaction, into notices for every system
 * subscribed to it in config/subscriptions.yml; the outbox then delivers them in order per entity.
 */
package io.passerelle.hub.events;
