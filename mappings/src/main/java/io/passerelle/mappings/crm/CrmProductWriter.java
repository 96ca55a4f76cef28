package io.passerelle.mappings.crm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.ProductLifecycle;
import io.passerelle.canonical.ProductStatus;
import io.passerelle.canonical.validation.CanonicalValidator;
import io.passerelle.mappings.xref.CodeTranslator;
import java.time.LocalDate;

/**
 * A canonical {@link Product} as a Salesforce {@code Product2} record, upserted by the custom external-id
 * field {@code Passerelle_Id__c} holding the canonical product id.
 *
 * <table>
 *   <caption>Product2 fields written</caption>
 *   <tr><th>Product2 field</th><th>from</th></tr>
 *   <tr><td>Name</td><td>description, cut to Salesforce's 255 characters</td></tr>
 *   <tr><td>ProductCode</td><td>id: the one product code every system shares through the hub</td></tr>
 *   <tr><td>Description</td><td>description, whole (up to Salesforce's 4,000 characters)</td></tr>
 *   <tr><td>QuantityUnitOfMeasure</td><td>unit, through the {@code unit-of-measure} table (the picklist holds
 *       the CRM's own labels, e.g. "Each")</td></tr>
 *   <tr><td>IsActive</td><td>true while the product can be sold: ACTIVE or PHASING_OUT</td></tr>
 *   <tr><td>GTIN__c</td><td>gtin</td></tr>
 *   <tr><td>Lifecycle_Status__c</td><td>lifecycle.status (PLANNED, ACTIVE, PHASING_OUT, WITHDRAWN): IsActive
 *       alone cannot tell a planned product from a withdrawn one</td></tr>
 *   <tr><td>Launch_Date__c, Withdrawal_Date__c</td><td>lifecycle dates, ISO 8601; sent as null when unknown
 *       so that a date taken back in the ERP is cleared in the CRM too</td></tr>
 * </table>
 */
public final class CrmProductWriter {

    public static final String SOBJECT = "Product2";
    public static final String EXTERNAL_ID_FIELD = "Passerelle_Id__c";
    static final String FLOW = "crm-products";

    private static final int NAME_LENGTH = 255;
    private static final int DESCRIPTION_LENGTH = 4000;

    private final CodeTranslator codes;
    private final CanonicalValidator validator;

    public CrmProductWriter(CodeTranslator codes, CanonicalValidator validator) {
        this.codes = codes;
        this.validator = validator;
    }

    /**
     * @throws io.passerelle.canonical.validation.CanonicalValidationException  the product breaks a rule
     * @throws io.passerelle.mappings.xref.UnmappedCodeException the unit has no code in that CRM
     */
    public SObjectUpsert write(String system, Product product) {
        validator.requireValid(product);
        ProductLifecycle lifecycle = product.lifecycle();
        ObjectNode fields = SalesforceJson.MAPPER.createObjectNode();
        fields.put("Name", SalesforceJson.cut(product.description(), NAME_LENGTH));
        fields.put("ProductCode", product.id());
        fields.put("Description", SalesforceJson.cut(product.description(), DESCRIPTION_LENGTH));
        fields.put("QuantityUnitOfMeasure", codes.toExternal("unit-of-measure", system, product.unit(), FLOW));
        fields.put("IsActive", lifecycle.status() == ProductStatus.ACTIVE || lifecycle.status() == ProductStatus.PHASING_OUT);
        fields.put("GTIN__c", product.gtin());
        fields.put("Lifecycle_Status__c", lifecycle.status().name());
        date(fields, "Launch_Date__c", lifecycle.launchDate());
        date(fields, "Withdrawal_Date__c", lifecycle.withdrawalDate());
        return new SObjectUpsert(SOBJECT, EXTERNAL_ID_FIELD, product.id(), fields);
    }

    private static void date(ObjectNode fields, String name, LocalDate date) {
        if (date == null) {
            fields.putNull(name);
        } else {
            fields.put(name, date.toString());
        }
    }
}
