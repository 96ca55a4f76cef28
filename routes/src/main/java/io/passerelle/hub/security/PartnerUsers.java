package io.passerelle.hub.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Which trading partner a hub user of role partner acts for (passerelle.security.users[].partner), so that
 * what concerns one partner is shown to that partner alone.
 */
@Component
public class PartnerUsers {

    private static final Set<String> STAFF = Set.of("ROLE_" + HubRole.OPERATOR.roleName(),
            "ROLE_" + HubRole.ADMIN.roleName());

    private final Map<String, String> partnerOfUser;

    public PartnerUsers(HubSecurityProperties properties) {
        this.partnerOfUser = properties.users().stream().filter(user -> user.partner() != null)
                .collect(Collectors.toUnmodifiableMap(HubSecurityProperties.User::name, HubSecurityProperties.User::partner));
    }

    /**
     * The one partner whose exchanges the caller may see; empty for operators and admins, who see every
     * partner's. A caller who is neither is refused.
     */
    public Optional<String> restrictedTo(Authentication caller) {
        if (caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(STAFF::contains)) {
            return Optional.empty();
        }
        String partner = partnerOfUser.get(caller.getName());
        if (partner == null) {
            throw new AccessDeniedException(caller.getName() + " acts for no trading partner");
        }
        return Optional.of(partner);
    }
}
