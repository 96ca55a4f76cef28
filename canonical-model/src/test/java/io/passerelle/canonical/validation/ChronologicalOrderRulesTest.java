package io.passerelle.canonical.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.canonical.Product;
import io.passerelle.canonical.ProductLifecycle;
import io.passerelle.canonical.ProductStatus;
import io.passerelle.canonical.Promotion;
import io.passerelle.canonical.PromotionPeriod;
import io.passerelle.canonical.Scenario;
import io.passerelle.canonical.event.LineStoppageDeclared;
import io.passerelle.canonical.event.PromotionPlanned;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Launch before withdrawal, promotion start before end, stoppage start before end. */
class ChronologicalOrderRulesTest {

    private final CanonicalValidator validator = new CanonicalValidator();

    @Test
    void acceptsAWithdrawalAfterTheLaunch() {
        assertThat(validator.validate(productWithLifecycle("2026-03-01", "2026-09-30"))).isEmpty();
    }

    @Test
    void refusesAWithdrawalBeforeTheLaunch() {
        assertThat(validator.validate(productWithLifecycle("2026-03-01", "2026-01-01")))
                .containsExactly(new Violation("lifecycle.withdrawalDate", "2026-01-01",
                        "must be after launchDate \"2026-03-01\""));
    }

    @Test
    void refusesAWithdrawalOnTheLaunchDay() {
        assertThat(validator.validate(productWithLifecycle("2026-03-01", "2026-03-01"))).extracting(Violation::describe)
                .containsExactly("lifecycle.withdrawalDate = \"2026-03-01\": must be after launchDate \"2026-03-01\"");
    }

    @Test
    void doesNotCompareWhenADateIsUnknown() {
        assertThat(validator.validate(productWithLifecycle(null, "2026-01-01"))).isEmpty();
        assertThat(validator.validate(productWithLifecycle("2026-03-01", null))).isEmpty();
    }

    @Test
    void acceptsAStoppageWindowInOrder() {
        assertThat(validator.validate(Scenario.stoppageOfL2())).isEmpty();
    }

    @Test
    void refusesAStoppageThatEndsBeforeItStarts() {
        LineStoppageDeclared declared = Scenario.stoppageOfL2();
        LineStoppageDeclared backwards = new LineStoppageDeclared(declared.stoppageId(), declared.plant(), declared.line(),
                Instant.parse("2026-11-24T06:00:00Z"), Instant.parse("2026-11-24T05:00:00Z"), declared.reason());

        assertThat(validator.validate(backwards)).extracting(Violation::describe)
                .containsExactly("windowEnd = \"2026-11-24T05:00:00Z\": must be after windowStart \"2026-11-24T06:00:00Z\"");
    }

    @Test
    void acceptsAOneDayPromotionBecauseBothDatesAreInclusive() {
        assertThat(validator.validate(promotionRunning("2026-11-27", "2026-11-27"))).isEmpty();
    }

    @Test
    void refusesAPromotionThatEndsBeforeItStarts() {
        assertThat(validator.validate(promotionRunning("2026-11-30", "2026-11-29")))
                .containsExactly(new Violation("period.endDate", "2026-11-29",
                        "must be on or after startDate \"2026-11-30\""));
    }

    @Test
    void namesThePathThroughTheEventThatCarriesThePromotion() {
        PromotionPlanned planned = new PromotionPlanned(promotionRunning("2026-11-30", "2026-11-01"));

        assertThat(validator.validate(planned)).extracting(Violation::describe)
                .containsExactly("promotion.period.endDate = \"2026-11-01\": must be on or after startDate \"2026-11-30\"");
    }

    private static Product productWithLifecycle(String launch, String withdrawal) {
        Product a = Scenario.productA();
        return new Product(a.id(), a.gtin(), a.description(), a.unit(), new ProductLifecycle(ProductStatus.PLANNED,
                launch == null ? null : LocalDate.parse(launch), withdrawal == null ? null : LocalDate.parse(withdrawal)));
    }

    private static Promotion promotionRunning(String start, String end) {
        Promotion p = Scenario.christmasPromotionForR();
        return new Promotion(p.id(), p.productIds(), p.customerIds(), p.segment(),
                new PromotionPeriod(LocalDate.parse(start), LocalDate.parse(end)), p.conditions(), p.expectedUpliftPercent());
    }
}
