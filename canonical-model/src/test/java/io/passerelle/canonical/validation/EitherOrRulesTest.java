package io.passerelle.canonical.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.canonical.Order;
import io.passerelle.canonical.OrderLine;
import io.passerelle.canonical.PartyReference;
import io.passerelle.canonical.ProductReference;
import io.passerelle.canonical.ProductServiceTerms;
import io.passerelle.canonical.Promotion;
import io.passerelle.canonical.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Terms and promotions target a customer or a segment; references need at least one key. */
class EitherOrRulesTest {

    private final CanonicalValidator validator = new CanonicalValidator();

    @Test
    void acceptsServiceTermsForOneCustomerOrForOneSegment() {
        assertThat(validator.validate(termsFor("CUST-R", null))).isEmpty();
        assertThat(validator.validate(termsFor(null, "KEY-ACCOUNTS-VMI"))).isEmpty();
    }

    @Test
    void refusesServiceTermsForBothACustomerAndASegment() {
        assertThat(validator.validate(termsFor("CUST-R", "KEY-ACCOUNTS-VMI")))
                .containsExactly(new Violation("segment", "KEY-ACCOUNTS-VMI",
                        "exactly one of customerId, segment may be given, but customerId is given too"));
    }

    @Test
    void refusesServiceTermsForNeither() {
        assertThat(validator.validate(termsFor(null, null))).extracting(Violation::describe)
                .containsExactly("customerId = null: exactly one of customerId, segment is required, none is given");
    }

    @Test
    void countsABlankCodeAsNotGiven() {
        assertThat(validator.validate(termsFor("  ", "KEY-ACCOUNTS-VMI"))).isEmpty();
        assertThat(validator.validate(termsFor("", null))).extracting(Violation::describe)
                .containsExactly("customerId = \"\": exactly one of customerId, segment is required, none is given");
    }

    @Test
    void refusesAPromotionForBothNamedCustomersAndASegment() {
        assertThat(validator.validate(promotionFor(List.of("CUST-R"), "KEY-ACCOUNTS-VMI"))).extracting(Violation::describe)
                .containsExactly("segment = \"KEY-ACCOUNTS-VMI\": "
                        + "exactly one of customerIds, segment may be given, but customerIds is given too");
    }

    @Test
    void refusesAPromotionForNobody() {
        assertThat(validator.validate(promotionFor(List.of(), null))).extracting(Violation::describe)
                .containsExactly("customerIds = \"[]\": exactly one of customerIds, segment is required, none is given");
    }

    @Test
    void refusesAPromotionWithoutProducts() {
        Promotion p = Scenario.christmasPromotionForR();
        Promotion noProducts = new Promotion(p.id(), List.of(), p.customerIds(), p.segment(), p.period(), p.conditions(),
                p.expectedUpliftPercent());

        assertThat(validator.validate(noProducts)).extracting(Violation::describe)
                .containsExactly("productIds = \"[]\": must not be empty");
    }

    @Test
    void refusesAnOrderLineThatNamesNoProduct() {
        Order o = Scenario.openOrderOfR();
        OrderLine line = o.lines().get(0);
        OrderLine anonymous = new OrderLine(line.lineNumber(), new ProductReference(null, " "),
                line.quantity(), line.unit(), line.requestedDeliveryDate(), line.promisedDeliveryDate(), line.status());
        Order order = new Order(o.orderNumber(), o.buyer(), o.seller(), o.orderDate(), o.currency(), o.status(),
                List.of(anonymous));

        assertThat(validator.validate(order)).extracting(Violation::describe).containsExactly(
                "lines[0].product.gtin = \" \": GTIN must contain digits only",
                "lines[0].product.productId = null: at least one of productId, gtin is required, none is given");
    }

    @Test
    void acceptsABuyerKnownOnlyByItsGln() {
        Order o = Scenario.openOrderOfR();
        Order byGln = new Order(o.orderNumber(), new PartyReference(null, Scenario.RETAILER_R_GLN), o.seller(),
                o.orderDate(), o.currency(), o.status(), o.lines());

        assertThat(validator.validate(byGln)).isEmpty();
    }

    private static ProductServiceTerms termsFor(String customerId, String segment) {
        ProductServiceTerms t = Scenario.serviceTermsAForR();
        return new ProductServiceTerms(t.productId(), customerId, segment, t.minimumLeadTimeDays(), t.maximumQuantity(),
                t.unit(), t.targetServiceRate(), t.averageDemand(), t.demandPeriod());
    }

    private static Promotion promotionFor(List<String> customerIds, String segment) {
        Promotion p = Scenario.christmasPromotionForR();
        return new Promotion(p.id(), p.productIds(), customerIds, segment, p.period(), p.conditions(),
                p.expectedUpliftPercent());
    }
}
