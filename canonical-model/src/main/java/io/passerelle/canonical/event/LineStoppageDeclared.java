package io.passerelle.canonical.event;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import io.passerelle.canonical.validation.ChronologicalOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A production line will not produce during a window (urgent maintenance, breakdown). Sales must
 * learn which customers and open orders are hit, and partners must get new dates before the old
 * ones are missed.
 *
 * @param stoppageId the upstream system's id, repeated by {@link LineStoppageEnded}
 * @param windowEnd  the expected end, strictly after the start; the real end comes with
 *                   {@link LineStoppageEnded}
 */
@JsonClassDescription("A production line stoppage was declared for a time window.")
@ChronologicalOrder(start = "windowStart", end = "windowEnd", strict = true)
public record LineStoppageDeclared(
        @NotBlank String stoppageId,
        @NotBlank String plant,
        @NotBlank String line,
        @NotNull Instant windowStart,
        @NotNull Instant windowEnd,
        @NotBlank String reason) implements BoundaryEvent {

    @Override
    public String entityKey() {
        return EntityKeys.productionLine(plant, line);
    }
}
