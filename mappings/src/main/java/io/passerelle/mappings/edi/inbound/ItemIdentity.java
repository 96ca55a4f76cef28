package io.passerelle.mappings.edi.inbound;

/**
 * The product codes a partner put on one line.
 *
 * @param gtin            LIN SRV/EN, PIA or X12 UP/EN/UK: the GS1 key, linked automatically
 * @param buyerArticle    PIA IN, X12 IN/BP/CB: the partner's own article number
 * @param supplierArticle PIA SA, X12 VN/VP/VA: our article number, as the partner quotes it
 * @param otherCode       any other identification (X12 style number...), used when nothing else is there
 */
public record ItemIdentity(String gtin, String buyerArticle, String supplierArticle, String otherCode) {

    public boolean isEmpty() {
        return blank(gtin) && blank(buyerArticle) && blank(supplierArticle) && blank(otherCode);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
