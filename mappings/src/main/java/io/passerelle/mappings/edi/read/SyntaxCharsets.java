package io.passerelle.mappings.edi.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Which Java charset decodes an EDIFACT interchange, from its UNB syntax identifier.
 *
 * <p>StAEDI decodes the whole stream with one charset chosen before reading; it does not switch on the
 * syntax identifier itself. So the gateway reads the identifier first (see {@link InterchangeSniffer})
 * and picks the charset here. UNOA and UNOB are subsets of ASCII: they are decoded as ISO 8859-1, a
 * superset that maps every byte to one character, so a stray byte shows up as a character in the
 * data instead of aborting the whole interchange with a decoding error.
 */
public final class SyntaxCharsets {

    private static final Map<String, String> BY_SYNTAX_IDENTIFIER = Map.ofEntries(
            Map.entry("UNOA", "ISO-8859-1"),
            Map.entry("UNOB", "ISO-8859-1"),
            Map.entry("UNOC", "ISO-8859-1"),
            Map.entry("UNOD", "ISO-8859-2"),
            Map.entry("UNOE", "ISO-8859-5"),
            Map.entry("UNOF", "ISO-8859-7"),
            Map.entry("UNOG", "ISO-8859-3"),
            Map.entry("UNOH", "ISO-8859-4"),
            Map.entry("UNOI", "ISO-8859-6"),
            Map.entry("UNOJ", "ISO-8859-8"),
            Map.entry("UNOK", "ISO-8859-9"),
            Map.entry("UNOW", "UTF-8"),
            Map.entry("UNOY", "UTF-8"));

    private SyntaxCharsets() {
    }

    /** The charset for the syntax identifier, or null when Passerelle does not know it. */
    public static Charset forSyntaxIdentifier(String identifier) {
        String name = BY_SYNTAX_IDENTIFIER.get(identifier);
        return name == null ? null : Charset.forName(name);
    }

    /** For identifiers Passerelle does not know and for X12, which has no identifier: byte-preserving. */
    public static Charset fallback() {
        return StandardCharsets.ISO_8859_1;
    }
}
