package io.passerelle.canonical.event;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Marketing moved a new product's launch: production, purchasing, receiving and the partners'
 * catalogues must follow.
 *
 * @param previousLaunchDate the date everyone planned on until now; null if none had been set
 */
@JsonClassDescription("A product's launch date was changed.")
public record LaunchDateChanged(
        @NotBlank String productId,
        LocalDate previousLaunchDate,
        @NotNull LocalDate newLaunchDate,
        @NotBlank String reason) implements BoundaryEvent {

    @Override
    public String entityKey() {
        return EntityKeys.product(productId);
    }
}
