package io.passerelle.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** A partner's user is bound to its partner; staff see every partner. */
class PartnerUsersTest {

    private final PartnerUsers users = new PartnerUsers(new HubSecurityProperties(List.of(
            new HubSecurityProperties.User("partner-r", null, Set.of(HubRole.PARTNER), "retailer-r"),
            new HubSecurityProperties.User("operator", null, Set.of(HubRole.OPERATOR), null))));

    @Test
    void aPartnersUserIsRestrictedToItsPartnerAndStaffToNone() {
        assertThat(users.restrictedTo(caller("partner-r", "ROLE_partner"))).contains("retailer-r");
        assertThat(users.restrictedTo(caller("operator", "ROLE_operator"))).isEmpty();
        assertThat(users.restrictedTo(caller("admin", "ROLE_admin", "ROLE_steward"))).isEmpty();
        assertThatThrownBy(() -> users.restrictedTo(caller("steward", "ROLE_steward")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRoleAndTheBindingGoTogether() {
        assertThatThrownBy(() -> new HubSecurityProperties.User("partner-x", null, Set.of(HubRole.PARTNER), null))
                .hasMessageContaining("user partner-x has role partner: name the trading partner it acts for");
        assertThatThrownBy(() -> new HubSecurityProperties.User("ops", null, Set.of(HubRole.OPERATOR), "retailer-r"))
                .hasMessageContaining("user ops is bound to partner retailer-r but does not have role partner");
    }

    private static UsernamePasswordAuthenticationToken caller(String name, String... authorities) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null, AuthorityUtils.createAuthorityList(authorities));
    }
}
