package io.passerelle.mappings.crm;

import java.util.List;

/**
 * An Account change the hub cannot carry as it is: not an Account, a deletion, a gap event, or a record that
 * breaks the canonical rules. Sending it again will not help; the message names the CRM fields at fault.
 *
 * @see CrmAccountTranslator
 */
public class AccountRejected extends RuntimeException {

    private final String recordId;
    private final String canonicalId;
    private final List<String> businessKeys;

    AccountRejected(String reason, String recordId, String canonicalId, List<String> businessKeys) {
        super(reason);
        this.recordId = recordId;
        this.canonicalId = canonicalId;
        this.businessKeys = List.copyOf(businessKeys);
    }

    public String recordId() {
        return recordId;
    }

    /** The canonical customer, when the account was already known or just linked; null otherwise. */
    public String canonicalId() {
        return canonicalId;
    }

    /** What the refusal can be found by (gln:…, vat:…, customer:…). */
    public List<String> businessKeys() {
        return businessKeys;
    }
}
