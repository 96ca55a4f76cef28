package io.passerelle.mappings.edi.read;

import io.passerelle.mappings.edi.ErrorScope;
import io.passerelle.mappings.edi.Tolerance;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-pads an ISA header whose elements do not have their fixed widths.
 *
 * <p>The ISA is the one fixed-length segment of X12: readers, StAEDI included, find the delimiters at
 * fixed offsets, so an ISA06 padded to 17 characters instead of 15 makes the whole interchange
 * unreadable. Partners get this wrong often and the content is not ambiguous (padding is spaces, the
 * control number is digits), so the gateway restores the widths and records what it changed. A value
 * longer than its width is not padding: that header is left as it is, for StAEDI to reject.
 */
final class IsaHeaderRepair {

    /** ISA01 to ISA16. */
    private static final int[] WIDTHS = {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};
    private static final int CONTROL_NUMBER = 13;

    record Repaired(byte[] header, List<Tolerance> tolerated) {
    }

    private IsaHeaderRepair() {
    }

    /**
     * @param isa the header from "ISA" to its segment terminator included (leading whitespace allowed)
     * @return the fixed-width header, or null when it needs no repair or cannot be repaired
     */
    static Repaired repair(byte[] isa) {
        // Only leading whitespace goes: the last byte is the segment terminator, and a line feed is a
        // common one.
        String text = new String(isa, StandardCharsets.ISO_8859_1).stripLeading();
        char separator = text.charAt(3);
        char terminator = text.charAt(text.length() - 1);
        String body = text.substring(0, text.length() - 1);
        String[] parts = body.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
        if (parts.length != WIDTHS.length + 1) {
            return null;
        }
        List<Tolerance> tolerated = new ArrayList<>();
        StringBuilder fixed = new StringBuilder("ISA");
        for (int i = 1; i < parts.length; i++) {
            String value = parts[i];
            int width = WIDTHS[i - 1];
            String repaired = value;
            if (value.length() != width) {
                repaired = refit(value, width, i == CONTROL_NUMBER);
                if (repaired == null) {
                    return null;
                }
                tolerated.add(new Tolerance(ErrorScope.INTERCHANGE, String.format("ISA%02d", i),
                        "'" + value + "' is " + value.length() + " characters long, the ISA is fixed-width (" + width
                                + "): read as '" + repaired + "'"));
            }
            fixed.append(separator).append(repaired);
        }
        if (tolerated.isEmpty()) {
            return null;
        }
        fixed.append(terminator);
        return new Repaired(fixed.toString().getBytes(StandardCharsets.ISO_8859_1), tolerated);
    }

    private static String refit(String value, int width, boolean numeric) {
        String content = numeric ? value.strip() : value.stripTrailing();
        if (content.length() > width) {
            return null;
        }
        if (numeric) {
            return "0".repeat(width - content.length()) + content;
        }
        return content + " ".repeat(width - content.length());
    }
}
