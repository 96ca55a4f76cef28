package io.passerelle.mappings.wms;

import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.CodeTranslator;
import java.util.Collection;
import java.util.Map;

/**
 * The codes one WMS uses, translated through the conversion tables: its item codes ({@value #PRODUCT})
 * and its units ({@value #UNIT}). What happens to a code nobody mapped is the domain's missing-code
 * policy for this system, never decided here.
 */
public final class WmsCodes {

    public static final String PRODUCT = "product";
    public static final String UNIT = "unit-of-measure";

    private final CodeTranslator translator;
    private final String system;
    private final String flow;
    /** Item codes read ahead for the products of one file. */
    private final Map<String, String> itemCodes;

    /** @param flow the flow met codes are recorded under in the stewards' inbox, and parked messages replayed to */
    public WmsCodes(CodeTranslator translator, String system, String flow) {
        this(translator, system, flow, Map.of());
    }

    private WmsCodes(CodeTranslator translator, String system, String flow, Map<String, String> itemCodes) {
        this.translator = translator;
        this.system = system;
        this.flow = flow;
        this.itemCodes = itemCodes;
    }

    /**
     * These codes, with the item codes of the products about to be written read together: a file of
     * thousands of products then costs one query for the codes the cache lacks, not one per product.
     */
    public WmsCodes withItemCodesOf(Collection<String> productIds) {
        return new WmsCodes(translator, system, flow, translator.toExternalAll(PRODUCT, system, productIds));
    }

    public String system() {
        return system;
    }

    public String flow() {
        return flow;
    }

    /**
     * The canonical product of a WMS item code. A GTIN carried in the same line links an item the hub
     * has never seen to the product with that GTIN, automatically.
     */
    public String productOf(String itemCode, String gtin, String messageId, String sample) {
        Map<String, String> naturalKeys = gtin == null ? Map.of() : Map.of("gtin", gtin);
        return translator.toCanonical(new CodeSighting(PRODUCT, system, itemCode, null, naturalKeys, false, flow,
                messageId, sample)).canonicalCode();
    }

    /** The canonical (UN/ECE Rec 20) unit of a WMS unit; a WMS already using a Rec 20 code links by it. */
    public String unitOf(String wmsUnit, String messageId, String sample) {
        return translator.toCanonical(new CodeSighting(UNIT, system, wmsUnit, null, Map.of("iso", wmsUnit), false, flow,
                messageId, sample)).canonicalCode();
    }

    public String itemCodeOf(String productId) {
        String known = itemCodes.get(productId);
        return known != null ? known : translator.toExternal(PRODUCT, system, productId, flow);
    }

    public String wmsUnitOf(String unit) {
        return translator.toExternal(UNIT, system, unit, flow);
    }
}
