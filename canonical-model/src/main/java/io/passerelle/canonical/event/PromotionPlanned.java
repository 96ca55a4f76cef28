package io.passerelle.canonical.event;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import io.passerelle.canonical.Promotion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A new promotion: forecasts, production and warehouse capacity must plan for its uplift. */
@JsonClassDescription("A promotion was planned; carries the whole promotion.")
public record PromotionPlanned(@NotNull @Valid Promotion promotion) implements BoundaryEvent {

    @Override
    public String entityKey() {
        return EntityKeys.promotion(promotion.id());
    }
}
