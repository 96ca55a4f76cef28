package io.passerelle.canonical.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The UN/ECE Recommendation 20 unit codes the hub accepts in the canonical model.
 *
 * <p>The list lives in {@code uom-rec20.txt} next to this class, one {@code CODE name} per line,
 * so adding a unit a new partner needs is a one-line change with no Java to touch. It is a curated
 * subset of Rec 20, not the whole recommendation: codes a source system sends outside it (its own
 * "PCE", "KG", "PC"…) are the conversion tables' job, and must be mapped before they reach here.
 */
public final class Rec20Units {

    static final String RESOURCE = "uom-rec20.txt";

    private static final Map<String, String> NAMES_BY_CODE = load();

    private Rec20Units() {
    }

    public static boolean isKnown(String code) {
        return code != null && NAMES_BY_CODE.containsKey(code);
    }

    /** Code to English name, sorted by code: for documentation and for the data stewards' screens. */
    public static Map<String, String> all() {
        return NAMES_BY_CODE;
    }

    private static Map<String, String> load() {
        try (InputStream in = Rec20Units.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath next to "
                        + Rec20Units.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Map<String, String> parse(BufferedReader reader) throws IOException {
        Map<String, String> units = new TreeMap<>();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] codeAndName = content.split("\\s+", 2);
            String code = codeAndName[0];
            if (!code.matches("[A-Z0-9]{2,3}")) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber
                        + ": \"" + code + "\" is not shaped like a Rec 20 code (2 or 3 upper-case letters or digits)");
            }
            if (units.put(code, codeAndName.length > 1 ? codeAndName[1] : "") != null) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + code + " is listed twice");
            }
        }
        return Collections.unmodifiableMap(units);
    }
}
