package io.passerelle.canonical.event;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The line runs again, possibly earlier or later than the declared window said. */
@JsonClassDescription("A production line stoppage ended.")
public record LineStoppageEnded(
        @NotBlank String stoppageId,
        @NotBlank String plant,
        @NotBlank String line,
        @NotNull Instant endedAt) implements BoundaryEvent {

    @Override
    public String entityKey() {
        return EntityKeys.productionLine(plant, line);
    }
}
