package io.passerelle.canonical.event;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A product will no longer be sold after {@code withdrawalDate}: stop replenishing, tell partners. */
@JsonClassDescription("A product is withdrawn from sale.")
public record ProductWithdrawn(
        @NotBlank String productId,
        @NotNull LocalDate withdrawalDate,
        @NotBlank String reason) implements BoundaryEvent {

    @Override
    public String entityKey() {
        return EntityKeys.product(productId);
    }
}
