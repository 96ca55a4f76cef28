package io.passerelle.canonical.validation;

/**
 * The GS1 mod-10 check digit shared by every GS1 key we carry (GTIN, GLN, SSCC).
 *
 * <p>GS1 General Specifications, section 7.9: weigh the data digits 3, 1, 3, 1… starting from the
 * rightmost one, sum, and take the distance to the next multiple of ten. One routine for all keys,
 * because a key is just a digit string of a given length ending with this digit.
 */
public final class Gs1CheckDigit {

    private Gs1CheckDigit() {
    }

    /** The check digit for the given data digits (the key without its last digit). */
    public static int compute(CharSequence dataDigits) {
        if (dataDigits.isEmpty() || !isAllDigits(dataDigits)) {
            throw new IllegalArgumentException("GS1 data digits expected, got \"" + dataDigits + "\"");
        }
        int sum = 0;
        boolean weightThree = true;
        for (int i = dataDigits.length() - 1; i >= 0; i--) {
            int digit = dataDigits.charAt(i) - '0';
            sum += weightThree ? 3 * digit : digit;
            weightThree = !weightThree;
        }
        return (10 - sum % 10) % 10;
    }

    /** The data digits followed by their check digit: how test data and generated keys are made. */
    public static String append(CharSequence dataDigits) {
        return dataDigits.toString() + compute(dataDigits);
    }

    /** True when the key is at least two digits long and its last digit is the right check digit. */
    public static boolean isValid(CharSequence key) {
        if (key == null || key.length() < 2 || !isAllDigits(key)) {
            return false;
        }
        int last = key.length() - 1;
        return compute(key.subSequence(0, last)) == key.charAt(last) - '0';
    }

    /** ASCII digits only: {@link Character#isDigit} would also accept Arabic-Indic and other digits. */
    static boolean isAllDigits(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
