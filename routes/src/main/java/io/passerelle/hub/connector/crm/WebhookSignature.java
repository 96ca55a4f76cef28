package io.passerelle.hub.connector.crm;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a system proves a webhook call is its own: the HMAC-SHA256 of the raw body, keyed with the system's
 * webhook secret, sent as {@code X-Passerelle-Signature: sha256=<hex>}. The raw bytes are signed, not a
 * parsed form, so that what is checked is exactly what is read.
 */
final class WebhookSignature {

    static final String HEADER = "X-Passerelle-Signature";
    private static final String SCHEME = "sha256=";

    private WebhookSignature() {
    }

    /** True only for a well-formed header whose digest matches; compared in constant time. */
    static boolean matches(byte[] body, String secret, String header) {
        if (secret == null || secret.isEmpty() || header == null || !header.strip().startsWith(SCHEME)) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.strip().substring(SCHEME.length()));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(digest(body, secret), given);
    }

    private static byte[] digest(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
