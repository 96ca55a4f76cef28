package io.passerelle.canonical.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.passerelle.canonical.Scenario;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BoundaryEventTest {

    @Test
    void eventsAboutAProductAreKeyedByTheProduct() {
        assertThat(Scenario.launchOfBSlips().entityKey()).isEqualTo("product:B");
        assertThat(Scenario.withdrawalOfOldA().entityKey()).isEqualTo("product:A-OLD");
    }

    @Test
    void everyEventAboutOnePromotionSharesItsKey() {
        assertThat(Scenario.christmasPromotionPlanned().entityKey())
                .isEqualTo(Scenario.christmasPromotionExtended().entityKey())
                .isEqualTo(Scenario.christmasPromotionCancelled().entityKey())
                .isEqualTo("promotion:PROMO-2026-XMAS-R");
    }

    @Test
    void aStoppageAndItsEndShareTheKeyOfTheLineInItsPlant() {
        assertThat(Scenario.stoppageOfL2().entityKey())
                .isEqualTo(Scenario.stoppageOfL2Ended().entityKey())
                .isEqualTo("production-line:P1/L2");
        assertThat(new LineStoppageEnded("S", "P3", "L2", Scenario.NOW).entityKey())
                .isNotEqualTo(Scenario.stoppageOfL2().entityKey());
    }

    @Test
    void theJsonTypeNamesAreExactlyThePermittedEventsUnderTheirOwnNames() {
        Map<Class<?>, String> declared = Arrays.stream(BoundaryEvent.class.getAnnotation(JsonSubTypes.class).value())
                .collect(Collectors.toMap(JsonSubTypes.Type::value, JsonSubTypes.Type::name));

        assertThat(declared.keySet()).containsExactlyInAnyOrder(BoundaryEvent.class.getPermittedSubclasses());
        declared.forEach((type, name) -> assertThat(name).isEqualTo(type.getSimpleName()));
        assertThat(Scenario.stoppageOfL2().type()).isEqualTo("LineStoppageDeclared");
    }
}
