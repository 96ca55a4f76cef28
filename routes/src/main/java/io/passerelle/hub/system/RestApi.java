package io.passerelle.hub.system;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;

/**
 * A system's REST API and the webhook it calls.
 *
 * @param baseUrl       where the hub calls it
 * @param token         the bearer token the hub presents (from the environment)
 * @param webhookSecret the shared secret the system signs its webhook calls with (from the environment)
 * @param timeout       per call; a timeout is retried
 * @param collectionSize records written per call when several wait (Salesforce's sObject Collections take up
 *                      to 200; 1 writes each record by its own call); 200 unless told
 */
public record RestApi(@NotBlank String baseUrl, String token, String webhookSecret, Duration timeout,
                      @Min(0) @Max(200) int collectionSize) {

    public RestApi {
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        collectionSize = collectionSize == 0 ? 200 : collectionSize;
    }
}
