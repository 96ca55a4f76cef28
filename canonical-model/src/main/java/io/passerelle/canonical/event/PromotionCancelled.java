package io.passerelle.canonical.event;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import jakarta.validation.constraints.NotBlank;

/** A promotion will not run: the uplift planned for it must be released. */
@JsonClassDescription("A promotion was cancelled.")
public record PromotionCancelled(
        @NotBlank String promotionId,
        @NotBlank String reason) implements BoundaryEvent {

    @Override
    public String entityKey() {
        return EntityKeys.promotion(promotionId);
    }
}
