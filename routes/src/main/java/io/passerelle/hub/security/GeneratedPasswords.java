package io.passerelle.hub.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords the hub chose itself for users configured without one. Only the hash is stored, in the
 * shared database, so every instance and every restart agrees; the clear text is logged once, at the
 * start that created it.
 */
class GeneratedPasswords {

    private static final Logger log = LoggerFactory.getLogger(GeneratedPasswords.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;

    GeneratedPasswords(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    String hashFor(String username) {
        return storedHash(username).orElseGet(() -> generate(username));
    }

    private Optional<String> storedHash(String username) {
        List<String> hashes = jdbc.queryForList(
                "SELECT password_hash FROM hub_generated_credential WHERE username = ?", String.class, username);
        return hashes.stream().findFirst();
    }

    private String generate(String username) {
        byte[] secret = new byte[18];
        RANDOM.nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        int inserted = jdbc.update(
                "INSERT INTO hub_generated_credential (username, password_hash) VALUES (?, ?) ON CONFLICT DO NOTHING",
                username, encoder.encode(password));
        if (inserted == 1) {
            String variable = "PASSERELLE_" + username.toUpperCase().replaceAll("[^A-Z0-9]", "_") + "_PASSWORD";
            log.warn("Generated password for hub user '{}': {}  (shown this once; set {} to choose your own)",
                    username, password, variable);
        }
        // Another instance may have won the race: its hash is the one everybody uses.
        return storedHash(username).orElseThrow();
    }
}
