package io.passerelle.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.event.LineStoppageDeclared;
import org.junit.jupiter.api.Test;

/** What the canonical JSON refuses: anything the published contract does not say. */
class CanonicalJsonContractTest {

    @Test
    void anUnknownPropertyIsRefusedWithItsNameAndPlace() throws Exception {
        ObjectNode product = CanonicalJson.mapper().valueToTree(Scenario.productA());
        ((ObjectNode) product.get("lifecycle")).put("colour", "blue");

        assertThatThrownBy(() -> CanonicalJson.read(product.toString(), Product.class))
                .isInstanceOf(CanonicalJsonException.class)
                .hasMessage("Product JSON is not canonical: unknown property \"colour\" at lifecycle.colour"
                        + " (known properties: launchDate, status, withdrawalDate)")
                .hasCauseInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void theSharedMapperItselfRefusesUnknownProperties() throws Exception {
        ObjectNode customer = CanonicalJson.mapper().valueToTree(Scenario.retailerR());
        customer.put("loyaltyTier", "gold");

        assertThatThrownBy(() -> CanonicalJson.mapper().readValue(customer.toString(), Customer.class))
                .isInstanceOfSatisfying(UnrecognizedPropertyException.class,
                        e -> assertThat(e.getPropertyName()).isEqualTo("loyaltyTier"));
    }

    @Test
    void anUnknownPropertyInAListElementIsLocatedByIndex() throws Exception {
        ObjectNode order = CanonicalJson.mapper().valueToTree(Scenario.openOrderOfR());
        ((ObjectNode) order.get("lines").get(1)).put("discount", 5);

        assertThatThrownBy(() -> CanonicalJson.read(order.toString(), Order.class))
                .hasMessageStartingWith("Order JSON is not canonical: unknown property \"discount\" at lines[1].discount");
    }

    @Test
    void aDateThatIsNotIsoIsRefusedWithItsPlace() throws Exception {
        ObjectNode order = CanonicalJson.mapper().valueToTree(Scenario.openOrderOfR());
        order.put("orderDate", "16/11/2026");

        assertThatThrownBy(() -> CanonicalJson.read(order.toString(), Order.class))
                .isInstanceOf(CanonicalJsonException.class)
                .hasMessageStartingWith("Order JSON is not canonical at orderDate: ")
                .hasMessageContaining("16/11/2026");
    }

    @Test
    void aQuantitySentAsTextIsRefused() throws Exception {
        ObjectNode line = CanonicalJson.mapper().valueToTree(Scenario.openOrderOfR().lines().get(0));
        line.put("quantity", "480");

        assertThatThrownBy(() -> CanonicalJson.read(line.toString(), OrderLine.class))
                .hasMessageStartingWith("OrderLine JSON is not canonical at quantity: ");
    }

    @Test
    void aDuplicateKeyIsRefused() {
        String json = "{\"promotionId\":\"P1\",\"promotionId\":\"P2\",\"reason\":\"r\",\"type\":\"PromotionCancelled\"}";

        assertThatThrownBy(() -> CanonicalJson.read(json, BoundaryEvent.class))
                .hasMessageContaining("Duplicate field 'promotionId'");
    }

    @Test
    void anyBoundaryEventCanBeReadWithoutKnowingWhichItIs() {
        String json = CanonicalJson.write(Scenario.stoppageOfL2());

        BoundaryEvent event = CanonicalJson.read(json, BoundaryEvent.class);

        assertThat(event).isEqualTo(Scenario.stoppageOfL2());
        assertThat(json).startsWith("{\"type\":\"LineStoppageDeclared\",");
    }

    @Test
    void anEventPayloadInAnEnvelopeKeepsItsType() {
        String json = CanonicalJson.write(Scenario.stoppageOfL2FromErp());

        assertThat(json).contains("\"payload\":{\"type\":\"LineStoppageDeclared\"");
        assertThat(CanonicalJson.readEnvelope(json, LineStoppageDeclared.class)).isEqualTo(Scenario.stoppageOfL2FromErp());
        assertThat(CanonicalJson.readEnvelope(json, BoundaryEvent.class).payload()).isEqualTo(Scenario.stoppageOfL2());
    }

    @Test
    void optionalValuesLeftOutAreReadAsAbsent() {
        String json = "{\"status\":\"PLANNED\"}";

        assertThat(CanonicalJson.read(json, ProductLifecycle.class))
                .isEqualTo(new ProductLifecycle(ProductStatus.PLANNED, null, null));
    }

    @Test
    void malformedJsonIsRefusedAsSuch() {
        assertThatThrownBy(() -> CanonicalJson.read("{\"status\":", ProductLifecycle.class))
                .isInstanceOf(CanonicalJsonException.class)
                .hasMessageStartingWith("ProductLifecycle JSON is not canonical");
    }
}
