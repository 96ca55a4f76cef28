package io.passerelle.canonical.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.canonical.Address;
import io.passerelle.canonical.AddressKind;
import io.passerelle.canonical.Customer;
import io.passerelle.canonical.Order;
import io.passerelle.canonical.OrderLine;
import io.passerelle.canonical.Price;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.Scenario;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ISO 4217 currencies, UN/ECE Rec 20 units, ISO 3166 countries. */
class CodeListRulesTest {

    private final CanonicalValidator validator = new CanonicalValidator();

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "USD", "GBP", "CHF", "PLN"})
    void acceptsIso4217Currencies(String currency) {
        assertThat(validator.validate(orderIn(currency))).isEmpty();
    }

    @Test
    void refusesACurrencyThatIsNotIso4217() {
        assertThat(validator.validate(orderIn("EUX")))
                .containsExactly(new Violation("currency", "EUX", "must be an ISO 4217 currency code"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eur", "€", "EURO"})
    void refusesCurrenciesWrittenAnyOtherWay(String currency) {
        assertThat(validator.validate(orderIn(currency))).extracting(Violation::describe)
                .containsExactly("currency = \"" + currency + "\": must be an ISO 4217 currency code");
    }

    @Test
    void checksTheCurrencyOfAPrice() {
        assertThat(validator.validate(new Price(new BigDecimal("2.49"), "EUX"))).extracting(Violation::describe)
                .containsExactly("currency = \"EUX\": must be an ISO 4217 currency code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"KGM", "H87", "C62", "EA", "LTR", "MTK"})
    void acceptsRec20Units(String unit) {
        assertThat(validator.validate(productIn(unit))).isEmpty();
    }

    @Test
    void refusesPceWhichIsNotARec20Code() {
        assertThat(validator.validate(productIn("PCE")))
                .containsExactly(new Violation("unit", "PCE",
                        "must be a UN/ECE Recommendation 20 unit code, such as H87, C62 or KGM"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kgm", "KG", "CT", "XBX"})
    void refusesLowerCaseErpCodesAndPackagingCodes(String unit) {
        assertThat(validator.validate(productIn(unit))).extracting(Violation::path).containsExactly("unit");
    }

    @Test
    void checksTheUnitOfEveryOrderLine() {
        Order order = Scenario.openOrderOfR();
        OrderLine first = order.lines().get(0);
        OrderLine inPieces = new OrderLine(first.lineNumber(), first.product(), first.quantity(), "PCE",
                first.requestedDeliveryDate(), first.promisedDeliveryDate(), first.status());
        Order withPce = new Order(order.orderNumber(), order.buyer(), order.seller(), order.orderDate(),
                order.currency(), order.status(), List.of(inPieces, order.lines().get(1)));

        assertThat(validator.validate(withPce)).extracting(Violation::describe).containsExactly(
                "lines[0].unit = \"PCE\": must be a UN/ECE Recommendation 20 unit code, such as H87, C62 or KGM");
    }

    @Test
    void acceptsIso3166Countries() {
        assertThat(validator.validate(addressIn("BE"))).isEmpty();
        assertThat(validator.validate(addressIn("GB"))).isEmpty();
    }

    @Test
    void refusesUkBecauseTheIsoCodeIsGb() {
        assertThat(validator.validate(addressIn("UK")))
                .containsExactly(new Violation("country", "UK", "must be an ISO 3166-1 alpha-2 country code"));
    }

    @Test
    void namesTheAddressWhoseCountryIsWrong() {
        Customer r = Scenario.retailerR();
        Customer customer = new Customer(r.id(), r.name(), r.gln(), r.vatNumber(),
                List.of(r.addresses().get(0), addressIn("BEL")), r.segment(), r.serviceClass());

        assertThat(validator.validate(customer)).extracting(Violation::describe)
                .containsExactly("addresses[1].country = \"BEL\": must be an ISO 3166-1 alpha-2 country code");
    }

    private static Order orderIn(String currency) {
        Order o = Scenario.openOrderOfR();
        return new Order(o.orderNumber(), o.buyer(), o.seller(), o.orderDate(), currency, o.status(), o.lines());
    }

    private static Product productIn(String unit) {
        Product a = Scenario.productA();
        return new Product(a.id(), a.gtin(), a.description(), unit, a.lifecycle());
    }

    private static Address addressIn(String country) {
        return new Address(AddressKind.DELIVERY, List.of("Unit 7, Dock Road"), "L20 8AA", "Liverpool", country);
    }
}
