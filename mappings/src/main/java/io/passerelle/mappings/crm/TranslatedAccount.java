package io.passerelle.mappings.crm;

import io.passerelle.canonical.Customer;
import io.passerelle.mappings.xref.Translation;
import java.util.List;

/**
 * One record of an Account change event, in the canonical model.
 *
 * @param sourceChangeId transaction key, sequence number and record id: the change's identity at the source
 * @param identity       how the account id became the canonical id (CREATED, LINKED by GLN/VAT, or MAPPED)
 * @param businessKeys   customer:…, gln:…, vat:…
 */
public record TranslatedAccount(String recordId, String sourceChangeId, Customer customer, Translation.How identity,
                                List<String> businessKeys) {

    public TranslatedAccount {
        businessKeys = List.copyOf(businessKeys);
    }

    public String entityKey() {
        return "customer:" + customer.id();
    }
}
