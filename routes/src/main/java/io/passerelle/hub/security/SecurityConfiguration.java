package io.passerelle.hub.security;

import java.util.List;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

/**
 * Every endpoint but health and the signed connector webhooks needs a user; roles decide the rest. The API
 * is stateless (HTTP Basic, no session, hence no CSRF token to carry).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain hubSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint())
                        .hasAnyRole(HubRole.OPERATOR.roleName(), HubRole.ADMIN.roleName())
                        .requestMatchers(HttpMethod.GET, "/api/xref/**")
                        .hasAnyRole(HubRole.STEWARD.roleName(), HubRole.OPERATOR.roleName(), HubRole.ADMIN.roleName())
                        .requestMatchers("/api/xref/**").hasRole(HubRole.STEWARD.roleName())
                        // A trading partner follows its own interchanges (EdiController narrows what it sees).
                        .requestMatchers(HttpMethod.GET, "/api/edi/interchanges", "/api/edi/interchanges/*")
                        .hasAnyRole(HubRole.OPERATOR.roleName(), HubRole.ADMIN.roleName(), HubRole.PARTNER.roleName())
                        .requestMatchers("/api/messages/**", "/api/deliveries/**", "/api/events/**", "/api/edi/**")
                        .hasAnyRole(HubRole.OPERATOR.roleName(), HubRole.ADMIN.roleName())
                        // A connector's webhook authenticates its caller itself, by the HMAC signature of the body
                        // with that system's webhook secret (CrmWebhookController): a CRM has no hub user whose
                        // Basic credentials it could send, and a signature also proves the body is untouched.
                        .requestMatchers(HttpMethod.POST, "/api/connectors/*/webhook").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .authenticated()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @DependsOnDatabaseInitialization
    InMemoryUserDetailsManager hubUsers(HubSecurityProperties properties, JdbcTemplate jdbc, PasswordEncoder encoder) {
        GeneratedPasswords generated = new GeneratedPasswords(jdbc, encoder);
        List<UserDetails> users = properties.users().stream()
                .map(user -> User.withUsername(user.name())
                        .password(StringUtils.hasText(user.password())
                                ? encoder.encode(user.password())
                                : generated.hashFor(user.name()))
                        .roles(user.roles().stream().map(HubRole::roleName).toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }
}
