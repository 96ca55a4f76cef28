package io.passerelle.mappings.edi.inbound;

import io.passerelle.canonical.PartyReference;
import io.passerelle.canonical.ProductReference;
import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.CodeTranslator;
import java.util.List;
import java.util.Map;

/**
 * A partner's codes to canonical ones, through the conversion tables. Every code goes through
 * {@link CodeTranslator#toCanonical}, with the natural key the message carries (GLN, GTIN) so that a
 * partner code meets the canonical entry another system created: a new buyer article number sent with
 * a known GTIN is linked, not parked. When nothing links a code, the domain's missing-code policy
 * decides (an {@code UnmappedCodeException} reaches the reader, which reports the message as unmapped).
 */
public class PartnerCodes {

    static final String CUSTOMER = "customer";
    static final String PRODUCT = "product";
    static final String UNIT = "unit-of-measure";

    private final CodeTranslator translator;
    private final TradingPartner partner;
    private final List<String> ownGlns;
    private final String flow;
    private final String messageId;

    /**
     * @param ownGlns   the hub's own GLNs, its main one first: a party carrying one is us, not a customer
     * @param flow      shown in the stewards' inbox, e.g. {@code edi:ORDERS}
     * @param messageId e.g. {@code 896/2019265563}, interchange control number and message reference
     */
    public PartnerCodes(CodeTranslator translator, TradingPartner partner, List<String> ownGlns, String flow, String messageId) {
        this.translator = translator;
        this.partner = partner;
        this.ownGlns = List.copyOf(ownGlns);
        this.flow = flow;
        this.messageId = messageId;
    }

    /** A customer identified by its GLN: the canonical customer linked by GLN, the GLN kept. */
    public PartyReference customerByGln(String gln, String name) {
        if (ownGlns.contains(gln)) {
            return byGlnOnly(gln);
        }
        String id = translate(CUSTOMER, partner.system(), gln, name, Map.of("gln", gln));
        return new PartyReference(id, gln);
    }

    /** A customer identified by a partner code (X12 DUNS, interchange id...): no natural key to link by. */
    public PartyReference customerByCode(String code, String name) {
        return new PartyReference(translate(CUSTOMER, partner.system(), code, name, Map.of()), null);
    }

    /** A party Passerelle does not translate (the hub, a supplier): its GLN as it is. */
    public PartyReference byGlnOnly(String gln) {
        return new PartyReference(null, gln);
    }

    /** The hub itself, by its main GLN; an empty reference (which the canonical rules report) when none is configured. */
    public PartyReference us() {
        return ownGlns.isEmpty() ? new PartyReference(null, null) : byGlnOnly(ownGlns.get(0));
    }

    /**
     * The canonical product for a line. The partner's own article number is the code mapped when there
     * is one (with the GTIN as natural key, so it links); otherwise the GTIN itself; otherwise our
     * article number as the partner quotes it, looked up among our own system's codes.
     */
    public ProductReference product(ItemIdentity item, String label) {
        String gtin = ItemIdentity.blank(item.gtin()) ? null : item.gtin();
        Map<String, String> keys = gtin == null ? Map.of() : Map.of("gtin", gtin);
        String id;
        if (!ItemIdentity.blank(item.buyerArticle())) {
            id = translate(PRODUCT, partner.system(), item.buyerArticle(), label, keys);
        } else if (gtin != null) {
            id = translate(PRODUCT, partner.system(), gtin, label, keys);
        } else if (!ItemIdentity.blank(item.supplierArticle())) {
            id = translate(PRODUCT, partner.ownArticleSystem(), item.supplierArticle(), label, keys);
        } else {
            id = translate(PRODUCT, partner.system(), item.otherCode(), label, keys);
        }
        return new ProductReference(id, gtin);
    }

    /**
     * A unit of measure. EDIFACT units are UN/ECE Rec 20 codes, which are the canonical codes: they are
     * offered as the natural key ({@code iso}) and link by themselves. X12 units (355) are not Rec 20
     * even when they look alike (X12 CA is a case, Rec 20 CA a can), so they must be mapped.
     */
    public String unit(String code, boolean rec20) {
        return translate(UNIT, partner.system(), code, null, rec20 ? Map.of("iso", code) : Map.of());
    }

    public TradingPartner partner() {
        return partner;
    }

    private String translate(String domain, String system, String code, String label, Map<String, String> keys) {
        return translator.toCanonical(new CodeSighting(domain, system, code, label, keys, false, flow, messageId, null))
                .canonicalCode();
    }
}
