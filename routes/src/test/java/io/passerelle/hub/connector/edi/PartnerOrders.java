package io.passerelle.hub.connector.edi;

/** EANCOM D.96A ORDERS interchanges as a retailer sends them, written by us for the gateway's tests. */
final class PartnerOrders {

    static final String HUB_GLN = "4012345000009";
    static final String GTIN_A = "4012345000016";
    static final String GTIN_B = "4012345000023";

    private PartnerOrders() {
    }

    /** An order from {@code buyer} for 48 PCE of A (30 November) and 12 KG of B (4 December). */
    static String orders(String reference, String orderNumber, String buyer) {
        return String.join("'\n", "UNH+" + reference + "+ORDERS:D:96A:UN:EAN008",
                "BGM+220+" + orderNumber + "+9",
                "DTM+137:20261123:102",
                "DTM+2:20261130:102",
                "NAD+BY+" + buyer + "::9",
                "NAD+SU+" + HUB_GLN + "::9",
                "CUX+2:EUR:9",
                "LIN+1++" + GTIN_A + ":EN",
                "QTY+21:48",
                "LIN+2++" + GTIN_B + ":EN",
                "QTY+21:12:KGM",
                "DTM+2:20261204:102",
                "UNS+S",
                "CNT+2:2",
                "UNT+15+" + reference) + "'\n";
    }

    static String interchange(String control, String sender, String... messages) {
        return "UNB+UNOC:3+" + sender + ":14+" + HUB_GLN + ":14+261123:1015+" + control + "'\n"
                + String.join("", messages) + "UNZ+" + messages.length + "+" + control + "'\n";
    }
}
