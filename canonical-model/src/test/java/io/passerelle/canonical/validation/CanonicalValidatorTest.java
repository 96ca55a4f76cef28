package io.passerelle.canonical.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.passerelle.canonical.CanonicalSamples;
import io.passerelle.canonical.Envelope;
import io.passerelle.canonical.Order;
import io.passerelle.canonical.OrderLine;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.ProductLifecycle;
import io.passerelle.canonical.ProductStatus;
import io.passerelle.canonical.Sample;
import io.passerelle.canonical.Scenario;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CanonicalValidatorTest {

    private final CanonicalValidator validator = new CanonicalValidator();

    static List<Sample> samples() {
        return CanonicalSamples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theScenarioSamplesBreakNoRule(Sample sample) {
        assertThat(validator.validate(sample.value())).isEmpty();
        assertThatCode(() -> validator.requireValid(sample.value())).doesNotThrowAnyException();
    }

    @Test
    void listsViolationsSortedByPathWhateverTheOrderTheyWereFound() {
        Product broken = new Product(" ", "4006381333932", "", "PCE",
                new ProductLifecycle(null, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-01-01")));

        assertThat(validator.validate(broken)).extracting(Violation::path).containsExactly(
                "description", "gtin", "id", "lifecycle.status", "lifecycle.withdrawalDate", "unit");
    }

    @Test
    void listsTheSecondLineBeforeTheTenth() {
        Order o = Scenario.openOrderOfR();
        OrderLine first = o.lines().get(0);
        List<OrderLine> lines = new ArrayList<>();
        for (int number = 1; number <= 12; number++) {
            BigDecimal quantity = number == 3 || number == 11 ? BigDecimal.ZERO : first.quantity();
            lines.add(new OrderLine(number, first.product(), quantity, first.unit(), first.requestedDeliveryDate(),
                    first.promisedDeliveryDate(), first.status()));
        }
        Order twelveLines = new Order(o.orderNumber(), o.buyer(), o.seller(), o.orderDate(), o.currency(), o.status(), lines);

        assertThat(validator.validate(twelveLines)).extracting(Violation::path)
                .containsExactly("lines[2].quantity", "lines[10].quantity");
    }

    @Test
    void requireValidThrowsWithEveryViolationSpelledOut() {
        Order o = Scenario.openOrderOfR();
        OrderLine first = o.lines().get(0);
        OrderLine zero = new OrderLine(first.lineNumber(), first.product(), BigDecimal.ZERO, first.unit(),
                first.requestedDeliveryDate(), first.promisedDeliveryDate(), first.status());
        Order broken = new Order(o.orderNumber(), o.buyer(), o.seller(), o.orderDate(), "EUX", o.status(), List.of(zero));

        assertThatThrownBy(() -> validator.requireValid(broken))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations()).hasSize(2))
                .hasMessage("""
                        Order breaks 2 rules:
                          - currency = "EUX": must be an ISO 4217 currency code
                          - lines[0].quantity = "0": must be greater than 0""");
    }

    @Test
    void validatesThePayloadInsideAnEnvelope() {
        Product a = Scenario.productA();
        Envelope<Product> envelope = Envelope.of("PLM",
                new Product(a.id(), "4006381333932", a.description(), a.unit(), a.lifecycle()), Scenario.CLOCK);

        assertThat(validator.validate(envelope)).extracting(Violation::describe)
                .containsExactly("payload.gtin = \"4006381333932\": GTIN check digit is wrong: expected 1, found 2");
    }

    @Test
    void refusesAnEnvelopeWithoutItsRoutingFacts() {
        Envelope<Product> bare = new Envelope<>(null, "", "ERP", "c-1", Scenario.NOW, "v1", Scenario.productA());

        assertThat(validator.validate(bare)).extracting(Violation::describe).containsExactly(
                "messageId = null: must not be null",
                "messageType = \"\": must not be blank",
                "schemaVersion = \"v1\": must match \"\\d+\\.\\d+\"");
    }

    @Test
    void reportsAMissingListElementInsteadOfFailing() {
        Order o = Scenario.openOrderOfR();
        List<OrderLine> withHole = new ArrayList<>(o.lines());
        withHole.add(null);
        Order holed = new Order(o.orderNumber(), o.buyer(), o.seller(), o.orderDate(), o.currency(), o.status(), withHole);

        assertThat(validator.validate(holed)).extracting(Violation::describe)
                .containsExactly("lines[2] = null: must not be null");
    }

    @Test
    void speaksEnglishOnAFrenchMachine() throws Exception {
        Process probe = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=fr", "-Duser.country=FR",
                "-cp", System.getProperty("java.class.path"),
                FrenchMachineProbe.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(probe.exitValue()).isZero();
        assertThat(output.lines()).containsExactly(
                "fr_FR",
                "status = null: must not be null",
                "amount = \"-1\": must be greater than 0");
    }

    @Test
    void describesAViolationAsFieldValueAndRule() {
        assertThat(new Violation("lines[0].quantity", "0", "must be greater than 0"))
                .hasToString("lines[0].quantity = \"0\": must be greater than 0");
        assertThat(new Violation("gln", null, "must not be null").describe()).isEqualTo("gln = null: must not be null");
    }

    @Test
    void refusesToValidateNothing() {
        assertThatThrownBy(() -> validator.validate(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aStatusAloneMakesAValidLifecycle() {
        assertThat(validator.validate(new ProductLifecycle(ProductStatus.PLANNED, null, null))).isEmpty();
    }
}
