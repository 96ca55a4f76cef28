package io.passerelle.canonical;

import io.passerelle.canonical.validation.ChronologicalOrder;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The dates marketing decides and the supply chain plans on.
 *
 * @param launchDate     first day the product can be sold; unknown while still being planned
 * @param withdrawalDate last day it is sold, when decided; strictly after the launch
 */
@ChronologicalOrder(start = "launchDate", end = "withdrawalDate", strict = true)
public record ProductLifecycle(
        @NotNull ProductStatus status,
        LocalDate launchDate,
        LocalDate withdrawalDate) {
}
