package io.passerelle.canonical.notice;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What planning (production, purchasing, forecasting, warehouse capacity) must adjust for one product:
 * a launch moved, a withdrawal, a promotion's uplift over a period, a line that will not produce.
 *
 * @param noticeId      stable for an event and a product: a redelivery replaces, never adds
 * @param periodStart   first day concerned (the promotion's start, the new launch date, the withdrawal)
 * @param periodEnd     last day concerned; null when open-ended
 * @param upliftPercent extra volume over the baseline forecast for a promotion; zero when cancelled, null
 *                      for events that move dates only
 */
@JsonClassDescription("A planning notice for one product: dates moved, withdrawal, or a promotion's uplift.")
public record PlanningNotice(
        @NotBlank String noticeId,
        @NotBlank String eventType,
        @NotBlank String productId,
        LocalDate periodStart,
        LocalDate periodEnd,
        @PositiveOrZero BigDecimal upliftPercent,
        @NotBlank String note) {
}
