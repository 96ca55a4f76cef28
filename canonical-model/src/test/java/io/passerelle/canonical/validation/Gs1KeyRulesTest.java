package io.passerelle.canonical.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.canonical.Customer;
import io.passerelle.canonical.Order;
import io.passerelle.canonical.OrderLine;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.ProductReference;
import io.passerelle.canonical.Scenario;
import io.passerelle.canonical.Shipment;
import io.passerelle.canonical.StockLevel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GTIN, GLN and SSCC, each checked where the model really carries it. */
class Gs1KeyRulesTest {

    private final CanonicalValidator validator = new CanonicalValidator();

    @ParameterizedTest(name = "GTIN {0}")
    @ValueSource(strings = {"96385074", "036000291452", "4006381333931", "14006381333938"})
    void acceptsGtin8Gtin12Gtin13AndGtin14(String gtin) {
        assertThat(validator.validate(productWithGtin(gtin))).isEmpty();
    }

    @Test
    void refusesAGtinWithAWrongCheckDigit() {
        assertThat(validator.validate(productWithGtin("4006381333932")))
                .containsExactly(new Violation("gtin", "4006381333932", "GTIN check digit is wrong: expected 1, found 2"));
    }

    @Test
    void saysTheWholeRuleInOneLine() {
        assertThat(validator.validate(productWithGtin("4006381333932")))
                .extracting(Violation::describe)
                .containsExactly("gtin = \"4006381333932\": GTIN check digit is wrong: expected 1, found 2");
    }

    @ParameterizedTest(name = "{0} digits")
    @ValueSource(strings = {"4006381", "40063813339", "400638133393101"})
    void refusesAGtinOfTheWrongLength(String gtin) {
        assertThat(validator.validate(productWithGtin(gtin))).extracting(Violation::describe)
                .containsExactly("gtin = \"" + gtin + "\": GTIN must have 8, 12, 13 or 14 digits, found " + gtin.length());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"40063813339X1", "4006381 333931", "400638133393-"})
    void refusesAGtinWithSomethingElseThanDigits(String gtin) {
        assertThat(validator.validate(productWithGtin(gtin))).extracting(Violation::describe)
                .containsExactly("gtin = \"" + gtin + "\": GTIN must contain digits only");
    }

    @Test
    void refusesAMissingGtinOnAProductButNotOnAReferenceThatHasAnId() {
        assertThat(validator.validate(productWithGtin(null))).extracting(Violation::describe)
                .containsExactly("gtin = null: must not be null");
        StockLevel stock = Scenario.stockOfAInLille();
        StockLevel byIdOnly = new StockLevel(new ProductReference("A", null), stock.location(), stock.quantity(),
                stock.unit(), stock.asOf());
        assertThat(validator.validate(byIdOnly)).isEmpty();
    }

    @Test
    void checksAGtinInsideAnOrderLineWithItsFullPath() {
        Order order = Scenario.openOrderOfR();
        OrderLine line = order.lines().get(1);
        OrderLine badLine = new OrderLine(line.lineNumber(), new ProductReference(null, "14006381333939"),
                line.quantity(), line.unit(), line.requestedDeliveryDate(), line.promisedDeliveryDate(), line.status());
        Order badOrder = new Order(order.orderNumber(), order.buyer(), order.seller(), order.orderDate(),
                order.currency(), order.status(), List.of(order.lines().get(0), badLine));

        assertThat(validator.validate(badOrder)).extracting(Violation::describe)
                .containsExactly("lines[1].product.gtin = \"14006381333939\": GTIN check digit is wrong: expected 8, found 9");
    }

    @Test
    void acceptsTheRetailersGln() {
        assertThat(validator.validate(customerWithGln(Scenario.RETAILER_R_GLN))).isEmpty();
        assertThat(validator.validate(customerWithGln(null))).as("GLN is optional on a customer").isEmpty();
    }

    @Test
    void refusesAGlnWithAWrongCheckDigit() {
        assertThat(validator.validate(customerWithGln("5412345000014")))
                .containsExactly(new Violation("gln", "5412345000014", "GLN check digit is wrong: expected 3, found 4"));
    }

    @Test
    void refusesAGlnOfTheWrongLength() {
        assertThat(validator.validate(customerWithGln("541234500001"))).extracting(Violation::describe)
                .containsExactly("gln = \"541234500001\": GLN must have 13 digits, found 12");
    }

    @Test
    void acceptsAValidSscc() {
        assertThat(validator.validate(shipmentWithSscc(Scenario.PALLET_SSCC))).isEmpty();
    }

    @Test
    void refusesAnSsccWithAWrongCheckDigit() {
        assertThat(validator.validate(shipmentWithSscc("340063810000000019")))
                .containsExactly(new Violation("sscc", "340063810000000019", "SSCC check digit is wrong: expected 8, found 9"));
    }

    @Test
    void refusesAnSsccGivenAsAGtin() {
        assertThat(validator.validate(shipmentWithSscc(Scenario.PRODUCT_A_GTIN))).extracting(Violation::describe)
                .containsExactly("sscc = \"4006381333931\": SSCC must have 18 digits, found 13");
    }

    private static Product productWithGtin(String gtin) {
        Product a = Scenario.productA();
        return new Product(a.id(), gtin, a.description(), a.unit(), a.lifecycle());
    }

    private static Customer customerWithGln(String gln) {
        Customer r = Scenario.retailerR();
        return new Customer(r.id(), r.name(), gln, r.vatNumber(), r.addresses(), r.segment(), r.serviceClass());
    }

    private static Shipment shipmentWithSscc(String sscc) {
        Shipment s = Scenario.palletForR();
        return new Shipment(s.shipmentId(), s.orderNumbers(), s.shipDate(), s.carrier(), sscc, s.lines());
    }
}
