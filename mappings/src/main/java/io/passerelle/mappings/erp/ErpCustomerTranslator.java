package io.passerelle.mappings.erp;

import io.passerelle.canonical.Address;
import io.passerelle.canonical.AddressKind;
import io.passerelle.canonical.Customer;
import io.passerelle.canonical.ServiceClass;
import io.passerelle.canonical.validation.CanonicalValidator;
import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.CodeTranslator;
import io.passerelle.mappings.xref.LookupCache;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers between the ERP's interface tables and the canonical model: a sold-to row read in (linked
 * to the canonical customer by GLN or VAT number), and a canonical customer written out in the ERP's
 * own codes for it to take over.
 */
public class ErpCustomerTranslator {

    public static final String TABLE = "to_hub_customer";

    private final CodeTranslator codes;
    private final LookupCache cache;
    private final CanonicalValidator validator = new CanonicalValidator();

    public ErpCustomerTranslator(CodeTranslator codes, LookupCache cache) {
        this.codes = codes;
        this.cache = cache;
    }

    public Customer toCanonical(Map<String, Object> columns, String system, String flow) {
        ErpRow row = new ErpRow(TABLE, columns);
        String name = row.required("name");
        Map<String, String> keys = new HashMap<>();
        if (row.text("gln") != null) {
            keys.put("gln", row.text("gln"));
        }
        if (row.text("vat_number") != null) {
            keys.put("vat", row.text("vat_number"));
        }
        String id = codes.toCanonical(new CodeSighting("customer", system, row.required("sold_to"), name, keys, true,
                flow, null, row.sample())).canonicalCode();
        String segment = codes.toCanonical(new CodeSighting("customer-segment", system, row.required("segment"), null,
                Map.of(), false, flow, null, row.sample())).canonicalCode();
        List<Address> addresses = row.text("city") == null ? List.of() : List.of(new Address(AddressKind.BILLING,
                List.of(row.required("street")), row.text("postal_code"), row.text("city"), row.required("country")));
        Customer customer = new Customer(id, name, row.text("gln"), row.text("vat_number"), addresses, segment,
                ServiceClass.STANDARD);
        validator.requireValid(customer);
        return customer;
    }

    /** The columns of erp.from_hub_customer for a canonical customer, in the ERP's codes. */
    public Map<String, Object> toErpColumns(Customer customer, String system, String flow) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("canonical_id", customer.id());
        // A customer born in the CRM has no sold-to yet: the ERP assigns it and publishes it back.
        columns.put("sold_to", cache.externalOf("customer", system, customer.id(), LocalDate.now()));
        columns.put("name", customer.name());
        columns.put("gln", customer.gln());
        columns.put("vat_number", customer.vatNumber());
        columns.put("segment", codes.toExternal("customer-segment", system, customer.segment(), flow));
        columns.put("service_class", customer.serviceClass().name());
        Address address = customer.addresses().isEmpty() ? null : customer.addresses().get(0);
        columns.put("street", address == null ? null : String.join(", ", address.streetLines()));
        columns.put("postal_code", address == null ? null : address.postalCode());
        columns.put("city", address == null ? null : address.city());
        columns.put("country", address == null ? null : address.country());
        return columns;
    }
}
