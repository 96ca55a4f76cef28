package io.passerelle.hub.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * A system's SFTP exchange folders.
 *
 * @param knownHosts a known_hosts file holding the server's host key: always verified
 */
public record SftpFolder(@NotBlank String host, @Positive int port, @NotBlank String username, String password,
                         String privateKeyFile, @NotBlank String knownHosts, @NotBlank String inbox,
                         @NotBlank String outbox) {
}
