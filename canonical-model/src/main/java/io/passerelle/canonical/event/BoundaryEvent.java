package io.passerelle.canonical.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A decision taken in one chain that the other chain must act on (the articles' "processus
 * frontières"): a launch slips, a product is withdrawn, a promotion moves, a line stops.
 *
 * <p>In JSON each event carries a {@code type} property naming it, so a consumer can read any
 * boundary event without knowing in advance which one it is. The name is an ordinary property
 * ({@link #type()}) rather than one Jackson adds on the side, so it is written even where the
 * declared type says nothing about events, as in an {@code Envelope<T>}'s payload.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LaunchDateChanged.class, name = "LaunchDateChanged"),
    @JsonSubTypes.Type(value = ProductWithdrawn.class, name = "ProductWithdrawn"),
    @JsonSubTypes.Type(value = PromotionPlanned.class, name = "PromotionPlanned"),
    @JsonSubTypes.Type(value = PromotionChanged.class, name = "PromotionChanged"),
    @JsonSubTypes.Type(value = PromotionCancelled.class, name = "PromotionCancelled"),
    @JsonSubTypes.Type(value = LineStoppageDeclared.class, name = "LineStoppageDeclared"),
    @JsonSubTypes.Type(value = LineStoppageEnded.class, name = "LineStoppageEnded")
})
public sealed interface BoundaryEvent
        permits LaunchDateChanged, ProductWithdrawn, PromotionPlanned, PromotionChanged, PromotionCancelled,
        LineStoppageDeclared, LineStoppageEnded {

    /**
     * The business entity the event is about, e.g. {@code product:A}, {@code promotion:PROMO-1},
     * {@code production-line:P1/L2}. Events with the same key must be delivered in order; events
     * with different keys need not be. See {@link EntityKeys}.
     */
    String entityKey();

    /** The event's name, e.g. {@code LineStoppageDeclared}: also its message type in an envelope. */
    @JsonProperty(value = "type", index = 0)
    default String type() {
        return getClass().getSimpleName();
    }
}
