package io.passerelle.mappings.crm;

import io.passerelle.mappings.xref.UnmappedCodeException;
import java.util.List;

/**
 * An Account change that must wait for a steward to map one of its codes (its segment, usually), as the
 * code's table says. Carries what the waiting change can be found by in the meantime.
 */
public class AccountAwaitsCode extends RuntimeException {

    private final UnmappedCodeException unmapped;
    private final String canonicalId;
    private final List<String> businessKeys;

    AccountAwaitsCode(UnmappedCodeException unmapped, String canonicalId, List<String> businessKeys) {
        super(unmapped.getMessage(), unmapped);
        this.unmapped = unmapped;
        this.canonicalId = canonicalId;
        this.businessKeys = List.copyOf(businessKeys);
    }

    /** What the parking lot keys the waiting change by, and what a replay throws again if still unmapped. */
    public UnmappedCodeException unmapped() {
        return unmapped;
    }

    /** The canonical customer, when the account itself is already known; null otherwise. */
    public String canonicalId() {
        return canonicalId;
    }

    public List<String> businessKeys() {
        return businessKeys;
    }
}
