package io.passerelle.hub.system;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;

/**
 * A system's REST API and the webhook it calls.
 *
 * @param baseUrl       where the hub calls it
 * @param token         the bearer token the hub presents (from the environment)
 * @param webhookSecret the shared secret the system signs its webhook calls with (from the environment)
 * @param timeout       per call; a timeout is retried
 */
public record RestApi(@NotBlank String baseUrl, String token, String webhookSecret, Duration timeout) {

    public RestApi {
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
