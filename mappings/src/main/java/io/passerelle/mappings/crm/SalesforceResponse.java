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

    /** One record's result in an sObject Collections answer. */
    public record RecordResult(String id, boolean success, boolean created, List<Error> errors) {

        /** True when every error is one that goes away by itself. */
        public boolean onlyTransientErrors() {
            return !errors.isEmpty() && errors.stream().allMatch(e -> TRANSIENT_ERROR_CODES.contains(e.errorCode()));
        }

        public String describeErrors() {
            return errors.stream().map(e -> e.errorCode() + ": " + e.message()
                    + (e.fields().isEmpty() ? "" : " " + e.fields())).reduce((a, b) -> a + "; " + b).orElse("(no error given)");
        }
    }

    /**
     * The per-record results of an sObject Collections answer, in the order of the records sent: {@code
     * [{"id": "01t…", "success": true, "errors": [], "created": true}, {"success": false, "errors":
     * [{"statusCode": "…", "message": "…", "fields": […]}]}]}. Empty when the body is not such an array.
     */
    public static List<RecordResult> collectionResults(String body) {
        List<RecordResult> results = new ArrayList<>();
        try {
            JsonNode answer = body == null || body.isBlank() ? null : SalesforceJson.read(body);
            if (answer == null || !answer.isArray()) {
                return List.of();
            }
            for (JsonNode result : answer) {
                List<Error> errors = new ArrayList<>();
                JsonNode list = result.get("errors");
                if (list != null && list.isArray()) {
                    for (JsonNode error : list) {
                        List<String> fields = new ArrayList<>();
                        JsonNode names = error.get("fields");
                        if (names != null && names.isArray()) {
                            names.forEach(name -> fields.add(name.asText()));
                        }
                        // Collections name the code statusCode where single-record errors say errorCode.
                        String code = SalesforceJson.text(error, "statusCode");
                        errors.add(new Error(SalesforceJson.text(error, "message"),
                                code != null ? code : SalesforceJson.text(error, "errorCode"), fields));
                    }
                }
                results.add(new RecordResult(SalesforceJson.text(result, "id"), result.path("success").asBoolean(false),
                        result.path("created").asBoolean(false), errors));
            }
        } catch (JsonProcessingException e) {
            return List.of();
        }
        return results;
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
