package io.passerelle.canonical.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What GTIN, GLN and SSCC have in common: digits only, a fixed set of lengths, a GS1 check digit.
 * Each failure gets its own message so a data steward sees at once whether the code was truncated,
 * mistyped, or is not a GS1 key at all.
 */
public abstract class Gs1KeyValidator<A extends Annotation> implements ConstraintValidator<A, CharSequence> {

    private final String keyName;
    private final int[] allowedLengths;
    private final String lengthsInWords;

    protected Gs1KeyValidator(String keyName, int... allowedLengths) {
        this.keyName = keyName;
        this.allowedLengths = allowedLengths.clone();
        this.lengthsInWords = inWords(allowedLengths);
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true; // whether the key is mandatory is @NotNull's business
        }
        String key = value.toString();
        if (!Gs1CheckDigit.isAllDigits(key)) {
            return RuleMessage.report(context, keyName + " must contain digits only", Map.of());
        }
        if (Arrays.stream(allowedLengths).noneMatch(length -> length == key.length())) {
            return RuleMessage.report(context,
                    keyName + " must have " + lengthsInWords + " digits, found {length}",
                    Map.of("length", key.length()));
        }
        int last = key.length() - 1;
        int expected = Gs1CheckDigit.compute(key.substring(0, last));
        int found = key.charAt(last) - '0';
        if (expected != found) {
            return RuleMessage.report(context,
                    keyName + " check digit is wrong: expected {expected}, found {found}",
                    Map.of("expected", expected, "found", found));
        }
        return true;
    }

    private static String inWords(int[] lengths) {
        if (lengths.length == 1) {
            return String.valueOf(lengths[0]);
        }
        String allButLast = Arrays.stream(lengths, 0, lengths.length - 1)
                .mapToObj(String::valueOf)
                .collect(Collectors.joining(", "));
        return allButLast + " or " + lengths[lengths.length - 1];
    }
}
