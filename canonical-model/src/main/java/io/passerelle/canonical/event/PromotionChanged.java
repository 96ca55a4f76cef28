package io.passerelle.canonical.event;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import io.passerelle.canonical.Promotion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A promotion changed. It carries the whole promotion as it now stands rather than a diff, so a
 * subscriber that missed an earlier change still ends up right.
 */
@JsonClassDescription("A promotion was changed; carries the whole promotion as it now stands.")
public record PromotionChanged(@NotNull @Valid Promotion promotion) implements BoundaryEvent {

    @Override
    public String entityKey() {
        return EntityKeys.promotion(promotion.id());
    }
}
