package io.passerelle.mappings.crm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Salesforce's REST API answers: on success {@code {"id": "01t…", "success": true, "errors": [],
 * "created": true}}; on failure a JSON array {@code [{"message": "…", "errorCode": "…", "fields": […]}]}
 * (REST API Developer Guide, "Status Codes and Error Responses").
 */
public final class SalesforceResponse {

    /**
     * Error codes that say "later" rather than "never", whatever their HTTP status: the org's API request
     * limit (403, resets over a rolling 24 hours) and a record locked by another transaction.
     */
    private static final Set<String> TRANSIENT_ERROR_CODES = Set.of("REQUEST_LIMIT_EXCEEDED", "UNABLE_TO_LOCK_ROW");

    /** One entry of an error answer. */
    public record Error(String message, String errorCode, List<String> fields) {
    }

    private SalesforceResponse() {
    }

    /** The record id of a success answer, if the body carries one. */
    public static Optional<String> recordId(String body) {
        try {
            JsonNode answer = body == null || body.isBlank() ? null : SalesforceJson.read(body);
            return Optional.ofNullable(answer != null && answer.isObject() ? SalesforceJson.text(answer, "id") : null);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The errors of an error answer; empty when the body is not Salesforce's error array. */
    public static List<Error> errors(String body) {
        List<Error> errors = new ArrayList<>();
        try {
            JsonNode answer = body == null || body.isBlank() ? null : SalesforceJson.read(body);
            if (answer != null && answer.isArray()) {
                for (JsonNode error : answer) {
                    List<String> fields = new ArrayList<>();
                    JsonNode names = error.get("fields");
                    if (names != null && names.isArray()) {
                        names.forEach(name -> fields.add(name.asText()));
                    }
                    errors.add(new Error(SalesforceJson.text(error, "message"), SalesforceJson.text(error, "errorCode"),
                            fields));
                }
            }
        } catch (JsonProcessingException e) {
            return List.of();
        }
        return errors;
    }

    /** True when every error of the answer is one that goes away by itself. */
    public static boolean onlyTransientErrors(String body) {
        List<Error> errors = errors(body);
        return !errors.isEmpty() && errors.stream().allMatch(e -> TRANSIENT_ERROR_CODES.contains(e.errorCode()));
    }
}
