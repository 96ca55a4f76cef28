package io.passerelle.hub.api;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets a client check its credentials and see which roles it holds. */
@RestController
@RequestMapping("/api/me")
public class CurrentUserController {

    public record CurrentUser(String name, List<String> roles) {
    }

    @GetMapping
    public CurrentUser me(Authentication authentication) {
        List<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(authority -> authority.replaceFirst("^ROLE_", ""))
                .sorted()
                .toList();
        return new CurrentUser(authentication.getName(), roles);
    }
}
