package io.passerelle.canonical.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;

/** Checks against the JDK's ISO 3166-1 alpha-2 table; case matters, as in EDI and UBL. */
public class CountryCodeValidator implements ConstraintValidator<CountryCode, CharSequence> {

    private static final Set<String> ISO_3166_ALPHA_2 = Set.of(Locale.getISOCountries());

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || ISO_3166_ALPHA_2.contains(value.toString());
    }
}
