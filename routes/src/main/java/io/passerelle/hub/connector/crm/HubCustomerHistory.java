package io.passerelle.hub.connector.crm;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.Customer;
import io.passerelle.mappings.crm.CustomerHistory;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The customer as last accepted into the hub, read from the message store. Changes of one account are
 * accepted in their order (a change arriving while an earlier one is parked waits behind it), so the latest
 * received accepted message is the latest version.
 */
@Component
class HubCustomerHistory implements CustomerHistory {

    private final JdbcTemplate jdbc;

    HubCustomerHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Customer> latest(String canonicalId) {
        return jdbc.queryForList("SELECT canonical::text FROM hub_message WHERE business_keys @> ARRAY[?]::text[]"
                        + " AND message_type = 'Customer' AND status = 'ACCEPTED' AND canonical IS NOT NULL"
                        + " ORDER BY received_at DESC LIMIT 1", String.class, "customer:" + canonicalId)
                .stream().findFirst().map(json -> CanonicalJson.read(json, Customer.class));
    }
}
