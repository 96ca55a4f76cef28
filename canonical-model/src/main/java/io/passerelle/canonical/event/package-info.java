/**
 * Boundary events: decisions taken in one chain that the other chain must act on. Each is a
 * {@link io.passerelle.canonical.event.BoundaryEvent} and names the entity it is about, so that
 * events about one product, promotion or production line are delivered in order.
 */
package io.passerelle.canonical.event;
