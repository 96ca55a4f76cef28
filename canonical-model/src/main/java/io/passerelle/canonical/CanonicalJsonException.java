package io.passerelle.canonical;

/**
 * A JSON document does not match the canonical contract: unknown field, wrong type, malformed
 * date… Permanent: the sender must fix the document or its mapping.
 */
public class CanonicalJsonException extends RuntimeException {

    public CanonicalJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
