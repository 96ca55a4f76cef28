package io.passerelle.mappings.wms;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A date pattern as IT teams write it ({@code yyyy-MM-dd}, {@code dd/MM/yyyy}), read strictly: a day that
 * does not exist (31 November, 29 February 2026) is refused with its line, not read as another day, which
 * the default (smart) resolving did. Formatters are built once per pattern, not once per value read.
 */
final class StrictDatePattern {

    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private StrictDatePattern() {
    }

    /** @throws IllegalArgumentException when the pattern is not one */
    static DateTimeFormatter of(String pattern) {
        return FORMATTERS.computeIfAbsent(pattern, written -> DateTimeFormatter.ofPattern(prolepticYears(written))
                .withResolverStyle(ResolverStyle.STRICT));
    }

    /**
     * Strict resolving of a year of era ({@code y}) wants an era in the pattern too; the proleptic year
     * ({@code u}) is the same number for every year a file carries, and needs none. Quoted text is left as is.
     */
    static String prolepticYears(String pattern) {
        StringBuilder proleptic = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            proleptic.append(!quoted && c == 'y' ? 'u' : c);
        }
        return proleptic.toString();
    }
}
