package io.passerelle.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CanonicalJsonRoundTripTest {

    static List<Sample> samples() {
        return CanonicalSamples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsBackEqualToWhatItWrote(Sample sample) throws Exception {
        String json = CanonicalJson.write(sample.value());

        Object readBack = CanonicalJson.mapper().readValue(json, sample.javaType());

        assertThat(readBack).isEqualTo(sample.value());
        assertThat(readBack.getClass()).isEqualTo(sample.value().getClass());
        assertThat(json).contains(sample.jsonFragments());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void writesNoNullsAndNoNumericTimestamps(Sample sample) throws Exception {
        JsonNode tree = CanonicalJson.mapper().readTree(CanonicalJson.write(sample.value()));

        assertThat(allValues(tree)).noneMatch(JsonNode::isNull);
        for (String dateField : List.of("launchDate", "withdrawalDate", "orderDate", "shipDate", "asOf", "occurredAt",
                "windowStart", "windowEnd", "endedAt", "startDate", "endDate", "newLaunchDate")) {
            assertThat(tree.findValues(dateField)).allMatch(JsonNode::isTextual);
        }
    }

    @Test
    void everyCanonicalTypeHasARoundTripSample() {
        Set<Class<?>> covered = samples().stream().map(Sample::type).collect(Collectors.toSet());

        assertThat(CanonicalTypes.all())
                .as("canonical records and enums; add a sample to CanonicalSamples for any new one")
                .isNotEmpty()
                .allMatch(covered::contains);
        assertThat(covered).containsExactlyInAnyOrderElementsOf(CanonicalTypes.all());
    }

    @Test
    void envelopeOfNamesThePayloadAndStartsItsOwnCorrelation() {
        Envelope<Product> envelope = Envelope.of("PLM", Scenario.productB(), Scenario.CLOCK);

        assertThat(envelope.messageType()).isEqualTo("Product");
        assertThat(envelope.sourceSystem()).isEqualTo("PLM");
        assertThat(envelope.correlationId()).isEqualTo(envelope.messageId().toString());
        assertThat(envelope.occurredAt()).isEqualTo(Scenario.NOW);
        assertThat(envelope.schemaVersion()).isEqualTo(Envelope.CURRENT_SCHEMA_VERSION).isEqualTo("1.0");
        assertThat(envelope.payload()).isEqualTo(Scenario.productB());
        assertThat(Envelope.of("PLM", Scenario.productB()).messageId()).isNotEqualTo(envelope.messageId());
    }

    @Test
    void envelopeOfAnEventIsNamedAfterTheEvent() {
        assertThat(Envelope.of("ERP", Scenario.stoppageOfL2()).messageType()).isEqualTo("LineStoppageDeclared");
    }

    @Test
    void readEnvelopeRestoresTheTypedPayload() {
        Envelope<Product> envelope = Scenario.productBAnnounced();

        Envelope<Product> readBack = CanonicalJson.readEnvelope(CanonicalJson.write(envelope), Product.class);

        assertThat(readBack).isEqualTo(envelope);
        assertThat(readBack.payload().lifecycle().launchDate()).hasToString("2027-01-11");
    }

    @Test
    void listsInRecordsCannotBeChangedAfterConstruction() {
        List<String> productIds = new ArrayList<>(List.of("A"));
        Promotion promotion = new Promotion("P", productIds, null, "SEG", Scenario.christmasPromotionForR().period(),
                Scenario.christmasPromotionForR().conditions(), BigDecimal.TEN);

        productIds.add("B");

        assertThat(promotion.productIds()).containsExactly("A");
        assertThat(promotion.customerIds()).isEmpty();
        assertThatThrownBy(() -> promotion.productIds().add("C"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static List<JsonNode> allValues(JsonNode node) {
        List<JsonNode> values = new ArrayList<>();
        node.forEach(child -> {
            values.add(child);
            values.addAll(allValues(child));
        });
        return values;
    }
}
