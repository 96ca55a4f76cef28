package io.passerelle.mappings.edi.read;

import io.passerelle.mappings.edi.EdiStandard;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Looks at the first bytes of a stream, without consuming them, to learn what StAEDI needs to be told
 * before it starts: the charset (EDIFACT syntax identifier), and the segment terminator the stream must
 * end with. This is not a tokenizer: it reads only the fixed service string advice (UNA), the start of
 * UNB, or the fixed-layout ISA header; everything else is StAEDI's job.
 */
final class InterchangeSniffer {

    /** Large enough for UNA + UNB, or an ISA with generous padding mistakes. */
    static final int LOOK_AHEAD = 1024;
    private static final int ISA_ELEMENTS = 16;

    /**
     * @param syntaxIdentifier EDIFACT UNB 0001 ({@code UNOC}); null for X12 or when not found
     * @param element          the element separator (UNA, the default, or the character after ISA); 0 when unknown
     * @param component        the component separator (UNA, or ISA16); 0 when unknown
     * @param release          the EDIFACT release character (UNA, or the default); 0 for X12, which has none
     * @param terminator       the segment terminator; 0 when unknown
     * @param isaLength        X12: bytes from "ISA" to the terminator included; 0 otherwise
     */
    record Sniffed(EdiStandard standard, String syntaxIdentifier, char element, char component, char release,
                   char terminator, int isaLength) {
    }

    private InterchangeSniffer() {
    }

    /** Null when the stream starts with neither UNA, UNB nor ISA: StAEDI will then report what it found. */
    static Sniffed sniff(BufferedInputStream in) throws IOException {
        in.mark(LOOK_AHEAD);
        byte[] head = in.readNBytes(LOOK_AHEAD);
        in.reset();
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        String rest = text.substring(start);
        if (rest.startsWith("UNA") || rest.startsWith("UNB")) {
            return edifact(rest);
        }
        if (rest.startsWith("ISA") && rest.length() > 4) {
            return x12(rest, start);
        }
        return null;
    }

    private static Sniffed edifact(String text) {
        char component = ':';
        char element = '+';
        char release = '?';
        char terminator = '\'';
        if (text.startsWith("UNA") && text.length() >= 9) {
            component = text.charAt(3);
            element = text.charAt(4);
            release = text.charAt(6);
            terminator = text.charAt(8);
        }
        int unb = text.indexOf("UNB" + element);
        String identifier = null;
        if (unb >= 0) {
            int from = unb + 4;
            int to = from;
            while (to < text.length() && text.charAt(to) != component && text.charAt(to) != element
                    && text.charAt(to) != terminator) {
                to++;
            }
            identifier = text.substring(from, to);
        }
        return new Sniffed(EdiStandard.EDIFACT, identifier, element, component, release, terminator, 0);
    }

    private static Sniffed x12(String text, int offset) {
        char element = text.charAt(3);
        int separators = 0;
        int i = 3;
        while (i < text.length() && separators < ISA_ELEMENTS) {
            if (text.charAt(i) == element) {
                separators++;
            }
            i++;
        }
        // i is now on ISA16 (the component separator); the segment terminator follows it.
        if (separators < ISA_ELEMENTS || i + 1 >= text.length()) {
            return new Sniffed(EdiStandard.X12, null, element, (char) 0, (char) 0, (char) 0, 0);
        }
        return new Sniffed(EdiStandard.X12, null, element, text.charAt(i), (char) 0, text.charAt(i + 1), offset + i + 2);
    }
}
