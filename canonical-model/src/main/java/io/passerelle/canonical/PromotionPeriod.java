package io.passerelle.canonical;

import io.passerelle.canonical.validation.ChronologicalOrder;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The days a promotion runs, both inclusive. A one-day promotion (a Black Friday) therefore has
 * {@code startDate == endDate}, which is allowed; an end before the start is not.
 */
@ChronologicalOrder(start = "startDate", end = "endDate", strict = false)
public record PromotionPeriod(
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate) {
}
