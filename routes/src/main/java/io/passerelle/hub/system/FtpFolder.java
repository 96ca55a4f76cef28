package io.passerelle.hub.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A trading partner's FTP exchange folders, for partners that offer no SFTP: FTPS (FTP with explicit TLS,
 * {@code AUTH TLS}, the default) or, when the partner has nothing better, plain FTP. Transfers are binary and
 * passive (the hub opens the data connections, which is what firewalls and NAT let through).
 *
 * @param port               21 unless told (explicit TLS uses the plain FTP port)
 * @param password           from the environment ({@code ${RETAILER_F_FTP_PASSWORD}}): FTP has no keys
 * @param tls                {@code explicit} (FTPS: the control and data connections are encrypted, the
 *                           server's certificate verified) or {@code none} (plain FTP: the password and every
 *                           file cross the network in clear; the hub warns at each start)
 * @param trustStore         FTPS: a PKCS#12 trust store holding the partner server's certificate or its CA;
 *                           without it, the JVM's default trust store (public CAs) verifies the server
 * @param trustStorePassword the trust store's password, from the environment
 * @param passive            passive mode (the client opens the data connections); true unless told
 * @param inbox              where the partner puts its files for the hub, relative to the login folder;
 *                           read files go to {@code .archive/} beneath it, failed ones to {@code .error/}
 * @param outbox             where the hub puts its files for the partner, relative to the login folder
 * @param completion         {@code rename} (the partner writes {@code NAME.part} and renames it, the default)
 *                           or {@code done-file} (it writes {@code NAME.done} after {@code NAME})
 * @param connectTimeout     per connection attempt; 10 s unless told
 */
public record FtpFolder(@NotBlank String host, @PositiveOrZero int port, @NotBlank String username, String password,
                        Tls tls, String trustStore, String trustStorePassword, Boolean passive,
                        @NotBlank String inbox, @NotBlank String outbox, Completion completion, Duration connectTimeout)
        implements ExchangeFolder {

    /** Whether the connection is encrypted. */
    public enum Tls {
        /** FTPS with explicit TLS (RFC 4217): {@code AUTH TLS} on the FTP port, then {@code PROT P} for the data. */
        EXPLICIT,
        /** Plain FTP: user, password and files in clear. Only for a partner that offers nothing else. */
        NONE
    }

    public FtpFolder {
        port = port == 0 ? 21 : port;
        tls = tls == null ? Tls.EXPLICIT : tls;
        passive = passive == null || passive;
        completion = completion == null ? Completion.RENAME : completion;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
    }

    public boolean secure() {
        return tls == Tls.EXPLICIT;
    }

    @Override
    public String location() {
        return (secure() ? "ftps://" : "ftp://") + host + ":" + port;
    }

    /** What needs more than one field to check; each problem starts with its key under {@code key}. */
    List<String> problems(String key) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isBlank()) {
            problems.add(key + ": a password is required (from the environment)");
        }
        if (!secure() && trustStore != null && !trustStore.isBlank()) {
            problems.add(key + ".trust-store is only used with tls: explicit");
        }
        return problems;
    }
}
