package io.passerelle.mappings.crm;

import io.passerelle.canonical.Customer;
import java.util.Optional;

/**
 * The customer as the hub last accepted it. A Salesforce UPDATE event carries only the fields that changed
 * (plus any enriched fields), so the rest of the canonical customer comes from here.
 */
@FunctionalInterface
public interface CustomerHistory {

    Optional<Customer> latest(String canonicalId);

    static CustomerHistory none() {
        return canonicalId -> Optional.empty();
    }
}
