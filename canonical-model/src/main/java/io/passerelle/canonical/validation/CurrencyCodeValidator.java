package io.passerelle.canonical.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks against the JDK's ISO 4217 table. That table also keeps a few withdrawn codes (FRF, DEM…):
 * accepted on purpose, since old orders and invoices legitimately carry them.
 */
public class CurrencyCodeValidator implements ConstraintValidator<CurrencyCode, CharSequence> {

    private static final Set<String> ISO_4217 = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || ISO_4217.contains(value.toString());
    }
}
