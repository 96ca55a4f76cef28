package io.passerelle.mappings.edi;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Interchanges written for Passerelle's own tests, in the worked scenario's codes: retailer R
 * (GLN 5412345000013) orders products A and B (GTINs 4012345000016 and 4012345000023) from the hub
 * (GLN 4012345000009); supplier S (GLN 5412345000037) answers the hub's purchase orders. Trailer counts
 * are computed, so a fixture is wrong only where a test makes it wrong on purpose.
 */
final class EdiFixtures {

    static final String GTIN_A = "4012345000016";
    static final String GTIN_B = "4012345000023";
    static final String SUPPLIER_GLN = "5412345000037";
    static final String WAREHOUSE_GLN = "5412345000020";
    static final String SSCC_1 = "354123450000000014";
    static final String SSCC_2 = "354123450000000021";

    private EdiFixtures() {
    }

    /** An EDIFACT interchange; {@code una} null for none. Segments end with ' unless the UNA says otherwise. */
    static final class Edifact {
        private final String una;
        private final char terminator;
        private final String syntax;
        private final String sender;
        private final String control;
        private final List<String> messages = new ArrayList<>();

        Edifact(String una, String syntax, String sender, String control) {
            this.una = una;
            this.terminator = una == null ? '\'' : una.charAt(8);
            this.syntax = syntax;
            this.sender = sender;
            this.control = control;
        }

        /** A message: UNH with {@code identifier} ({@code ORDERS:D:96A:UN:EAN008}), the body segments, UNT. */
        Edifact message(String reference, String identifier, String... body) {
            char element = una == null ? '+' : una.charAt(4);
            StringBuilder text = new StringBuilder();
            text.append("UNH").append(element).append(reference).append(element).append(identifier).append(terminator).append('\n');
            for (String segment : body) {
                text.append(segment).append(terminator).append('\n');
            }
            text.append("UNT").append(element).append(body.length + 2).append(element).append(reference).append(terminator).append('\n');
            messages.add(text.toString());
            return this;
        }

        String text() {
            StringBuilder text = new StringBuilder();
            if (una != null) {
                text.append(una).append('\n');
            }
            char element = una == null ? '+' : una.charAt(4);
            char component = una == null ? ':' : una.charAt(3);
            text.append(String.join(String.valueOf(element), "UNB", syntax.replace(':', component), sender + component + "14",
                    EdiTestBed.HUB_GLN + component + "14", "261123" + component + "1015", control)).append(terminator).append('\n');
            messages.forEach(text::append);
            text.append("UNZ").append(element).append(messages.size()).append(element).append(control).append(terminator).append('\n');
            return text.toString();
        }

        byte[] bytes(Charset charset) {
            return text().getBytes(charset);
        }

        byte[] bytes() {
            return bytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** An X12 interchange of one functional group; {@code isaVersion} 00401 or 00501. */
    static byte[] x12(String isaVersion, String functionalId, String sender, String control, String[]... transactions) {
        String groupVersion = isaVersion + "0";
        StringBuilder text = new StringBuilder();
        text.append("ISA*00*          *00*          *14*").append(pad(sender)).append("*14*").append(pad(EdiTestBed.HUB_GLN))
                .append("*261123*1015*").append(isaVersion.equals("00401") ? "U" : "^").append('*').append(isaVersion)
                .append('*').append("0".repeat(9 - control.length())).append(control).append("*0*P*>~\n");
        text.append("GS*").append(functionalId).append('*').append(sender).append('*').append(EdiTestBed.HUB_GLN)
                .append("*20261123*1015*").append(control).append("*X*").append(groupVersion).append("~\n");
        int number = 0;
        for (String[] body : transactions) {
            number++;
            String reference = String.format("%04d", number);
            String type = body[0];
            text.append("ST*").append(type).append('*').append(reference).append("~\n");
            for (int i = 1; i < body.length; i++) {
                text.append(body[i]).append("~\n");
            }
            text.append("SE*").append(body.length + 1).append('*').append(reference).append("~\n");
        }
        text.append("GE*").append(transactions.length).append('*').append(control).append("~\n");
        text.append("IEA*1*").append("0".repeat(9 - control.length())).append(control).append("~\n");
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The body of an EANCOM ORDERS from retailer R for products A and B. */
    static String[] ordersBody(String orderNumber, String quantityA) {
        return new String[] {
            "BGM+220+" + orderNumber + "+9",
            "DTM+137:20261123:102",
            "DTM+2:20261130:102",
            "NAD+BY+" + EdiTestBed.RETAILER_GLN + "::9",
            "NAD+SU+" + EdiTestBed.HUB_GLN + "::9",
            "CUX+2:EUR:9",
            "LIN+1++" + GTIN_A + ":EN",
            "PIA+1+R-ART-A:IN",
            "IMD+F++:::Produit A",
            "QTY+21:" + quantityA,
            "LIN+2++" + GTIN_B + ":EN",
            "QTY+21:12:KGM",
            "DTM+2:20261204:102",
            "UNS+S",
            "CNT+2:2"};
    }

    /** The body of an X12 850 from retailer R for products A and B. */
    static String[] purchaseOrder(String orderNumber) {
        return new String[] {"850",
            "BEG*00*SA*" + orderNumber + "**20261123",
            "CUR*BY*EUR",
            "DTM*002*20261130",
            "N1*BY*RETAILER R*UL*" + EdiTestBed.RETAILER_GLN,
            "N1*SE*PASSERELLE HUB*UL*" + EdiTestBed.HUB_GLN,
            "PO1*1*48*EA*2.5**EN*" + GTIN_A + "*IN*R-ART-A",
            "PID*F****PRODUIT A",
            "PO1*2*12*CA***EN*" + GTIN_B,
            "CTT*2"};
    }

    private static String pad(String value) {
        return value + " ".repeat(15 - value.length());
    }
}
