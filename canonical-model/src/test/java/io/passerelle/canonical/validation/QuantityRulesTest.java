package io.passerelle.canonical.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.canonical.Order;
import io.passerelle.canonical.OrderLine;
import io.passerelle.canonical.ProductServiceTerms;
import io.passerelle.canonical.Scenario;
import io.passerelle.canonical.Shipment;
import io.passerelle.canonical.ShipmentLine;
import io.passerelle.canonical.StockLevel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Ordered, shipped and committed quantities are positive; stock may be zero but not negative. */
class QuantityRulesTest {

    private final CanonicalValidator validator = new CanonicalValidator();

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000", "-5"})
    void refusesAnOrderLineWithoutAPositiveQuantity(String quantity) {
        assertThat(validator.validate(orderWithFirstLineQuantity(quantity)))
                .containsExactly(new Violation("lines[0].quantity", quantity, "must be greater than 0"));
    }

    @Test
    void acceptsAFractionalQuantityForUnitsThatAllowIt() {
        assertThat(validator.validate(orderWithFirstLineQuantity("0.5"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1"})
    void refusesAShipmentLineWithoutAPositiveQuantity(String quantity) {
        Shipment s = Scenario.palletForR();
        ShipmentLine line = s.lines().get(0);
        Shipment shipment = new Shipment(s.shipmentId(), s.orderNumbers(), s.shipDate(), s.carrier(), s.sscc(),
                List.of(new ShipmentLine(line.product(), new BigDecimal(quantity), line.unit())));

        assertThat(validator.validate(shipment)).extracting(Violation::describe)
                .containsExactly("lines[0].quantity = \"" + quantity + "\": must be greater than 0");
    }

    @Test
    void refusesServiceTermsWithoutAPositiveMaximumQuantityOrLeadTime() {
        ProductServiceTerms t = Scenario.serviceTermsAForR();
        ProductServiceTerms terms = new ProductServiceTerms(t.productId(), t.customerId(), t.segment(), 0,
                new BigDecimal("-10"), t.unit(), t.targetServiceRate(), t.averageDemand(), t.demandPeriod());

        assertThat(validator.validate(terms)).extracting(Violation::describe).containsExactly(
                "maximumQuantity = \"-10\": must be greater than 0",
                "minimumLeadTimeDays = \"0\": must be greater than 0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0   | must be greater than 0",
        "1.2 | must be at most 1 (a fraction: 0.985 means 98.5 %)",
        "98.5| must be at most 1 (a fraction: 0.985 means 98.5 %)"
    })
    void refusesATargetServiceRateOutsideZeroExcludedToOne(String rate, String rule) {
        ProductServiceTerms t = Scenario.serviceTermsAForR();
        ProductServiceTerms terms = new ProductServiceTerms(t.productId(), t.customerId(), t.segment(),
                t.minimumLeadTimeDays(), t.maximumQuantity(), t.unit(), new BigDecimal(rate), t.averageDemand(),
                t.demandPeriod());

        assertThat(validator.validate(terms)).containsExactly(new Violation("targetServiceRate", rate, rule));
    }

    @Test
    void acceptsAFullServiceRate() {
        ProductServiceTerms t = Scenario.serviceTermsAForR();
        ProductServiceTerms terms = new ProductServiceTerms(t.productId(), t.customerId(), t.segment(),
                t.minimumLeadTimeDays(), t.maximumQuantity(), t.unit(), BigDecimal.ONE, t.averageDemand(), t.demandPeriod());

        assertThat(validator.validate(terms)).isEmpty();
    }

    @Test
    void acceptsAStockOutButNotANegativeStock() {
        assertThat(validator.validate(stockOf("0"))).isEmpty();
        assertThat(validator.validate(stockOf("-3"))).extracting(Violation::describe)
                .containsExactly("quantity = \"-3\": must be greater than or equal to 0");
    }

    private static Order orderWithFirstLineQuantity(String quantity) {
        Order o = Scenario.openOrderOfR();
        OrderLine first = o.lines().get(0);
        OrderLine changed = new OrderLine(first.lineNumber(), first.product(), new BigDecimal(quantity), first.unit(),
                first.requestedDeliveryDate(), first.promisedDeliveryDate(), first.status());
        return new Order(o.orderNumber(), o.buyer(), o.seller(), o.orderDate(), o.currency(), o.status(),
                List.of(changed, o.lines().get(1)));
    }

    private static StockLevel stockOf(String quantity) {
        StockLevel s = Scenario.stockOfAInLille();
        return new StockLevel(s.product(), s.location(), new BigDecimal(quantity), s.unit(), s.asOf());
    }
}
