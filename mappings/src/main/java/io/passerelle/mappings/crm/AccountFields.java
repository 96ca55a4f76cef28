package io.passerelle.mappings.crm;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Account fields the hub reads, and the canonical Customer field each one feeds, so that a refusal
 * names the field a CRM administrator knows. The custom fields ({@code __c}) are created in the CRM for
 * Passerelle; see package-info for the whole mapping.
 */
final class AccountFields {

    static final String NAME = "Name";
    static final String GLN = "GLN__c";
    static final String VAT_NUMBER = "VAT_Number__c";
    static final String SEGMENT = "Segment__c";
    static final String SERVICE_CLASS = "Service_Class__c";
    static final String BILLING_ADDRESS = "BillingAddress";
    static final String SHIPPING_ADDRESS = "ShippingAddress";

    /** Parts of Salesforce's compound address fields, as change events nest them. */
    static final String STREET = "Street";
    static final String CITY = "City";
    static final String POSTAL_CODE = "PostalCode";
    static final String COUNTRY_CODE = "CountryCode";
    static final String COUNTRY = "Country";

    private static final Pattern ADDRESS_PATH = Pattern.compile("addresses\\[(\\d+)](?:\\.(\\w+))?.*");

    private AccountFields() {
    }

    /**
     * The CRM field behind a canonical violation path.
     *
     * @param addressFields the compound address field behind each entry of the customer's address list
     */
    static String crmFieldOf(String canonicalPath, List<String> addressFields) {
        switch (canonicalPath) {
            case "name":
                return NAME;
            case "gln":
                return GLN;
            case "vatNumber":
                return VAT_NUMBER;
            case "segment":
                return SEGMENT;
            case "serviceClass":
                return SERVICE_CLASS;
            default:
                break;
        }
        Matcher address = ADDRESS_PATH.matcher(canonicalPath);
        if (address.matches()) {
            int index = Integer.parseInt(address.group(1));
            String compound = index < addressFields.size() ? addressFields.get(index) : "address";
            String part = address.group(2);
            if (part == null) {
                return compound;
            }
            return compound + "." + switch (part) {
                case "streetLines" -> STREET;
                case "city" -> CITY;
                case "postalCode" -> POSTAL_CODE;
                case "country" -> COUNTRY_CODE;
                default -> part;
            };
        }
        return canonicalPath;
    }

    /** Salesforce's flat name of a compound part: BillingAddress + City = BillingCity. */
    static String flatName(String compound, String part) {
        return compound.substring(0, compound.length() - "Address".length()) + part;
    }
}
