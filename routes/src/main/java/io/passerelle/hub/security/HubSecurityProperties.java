package io.passerelle.hub.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Hub users declared in configuration. Passwords come from the environment (e.g.
 * {@code PASSERELLE_STEWARD_PASSWORD}); a user without one gets a generated password, shown once. A user of
 * role partner acts for one trading partner, named by {@code partner} (its system name in partners.yml).
 */
@Validated
@ConfigurationProperties("passerelle.security")
public record HubSecurityProperties(@Valid List<User> users) {

    public HubSecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * @param partner for a user of role partner, the trading partner it acts for (its system name, e.g.
     *                {@code retailer-r}): the only partner whose exchanges it sees. Required with that role,
     *                refused without it.
     */
    public record User(@NotBlank String name, String password, @NotEmpty Set<HubRole> roles, String partner) {

        public User {
            boolean bound = partner != null && !partner.isBlank();
            boolean partnerRole = roles != null && roles.contains(HubRole.PARTNER);
            if (partnerRole && !bound) {
                throw new IllegalArgumentException("user " + name + " has role partner: name the trading partner it"
                        + " acts for under partner (its system name, e.g. retailer-r)");
            }
            if (bound && !partnerRole) {
                throw new IllegalArgumentException("user " + name + " is bound to partner " + partner
                        + " but does not have role partner");
            }
        }
    }
}
