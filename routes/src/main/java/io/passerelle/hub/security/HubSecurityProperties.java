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
 * {@code PASSERELLE_STEWARD_PASSWORD}); a user without one gets a generated password, shown once.
 */
@Validated
@ConfigurationProperties("passerelle.security")
public record HubSecurityProperties(@Valid List<User> users) {

    public HubSecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(@NotBlank String name, String password, @NotEmpty Set<HubRole> roles) {
    }
}
