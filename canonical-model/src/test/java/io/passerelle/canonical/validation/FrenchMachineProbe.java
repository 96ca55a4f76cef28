package io.passerelle.canonical.validation;

import io.passerelle.canonical.Price;
import io.passerelle.canonical.ProductLifecycle;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Run in a JVM whose default locale is French (see CanonicalValidatorTest): prints what the
 * validator says, so the test can check it is still English. A fresh JVM is needed because
 * Hibernate Validator caches its message bundles for the life of the process.
 */
public final class FrenchMachineProbe {

    private FrenchMachineProbe() {
    }

    public static void main(String[] args) {
        CanonicalValidator validator = new CanonicalValidator();
        System.out.println(Locale.getDefault());
        validator.validate(new ProductLifecycle(null, null, null)).forEach(System.out::println);
        validator.validate(new Price(new BigDecimal("-1"), "EUR")).forEach(System.out::println);
    }
}
