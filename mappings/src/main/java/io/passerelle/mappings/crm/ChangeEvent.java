package io.passerelle.mappings.crm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One Salesforce Change Data Capture event as the CRM's relay posts it to the hub's webhook, in the JSON
 * form Salesforce delivers to CometD subscribers:
 * <pre>{"schema": "…", "payload": {"ChangeEventHeader": {…}, "Name": "…", "GLN__c": "…", …}, "event": {"replayId": …}}</pre>
 * A webhook call carries one such object or a JSON array of them.
 *
 * @param header  the change's identity and kind
 * @param payload the record fields the event carries (the header included, as Salesforce sends it)
 * @param json    this event alone, as received: what is parked or kept with a refusal
 */
public record ChangeEvent(ChangeEventHeader header, ObjectNode payload, String json) {

    /** The events of a webhook body, each kept whole; a body that is not JSON at all is refused here. */
    public static List<JsonNode> split(String body) {
        JsonNode root;
        try {
            root = SalesforceJson.read(body);
        } catch (JsonProcessingException e) {
            throw new MalformedChangeEvent("the body is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new MalformedChangeEvent("the body is empty: expected a change event or a JSON array of them");
        }
        List<JsonNode> events = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(events::add);
        } else {
            events.add(root);
        }
        if (events.isEmpty()) {
            throw new MalformedChangeEvent("the body is an empty array: expected at least one change event");
        }
        return events;
    }

    /** Reads one event of a webhook body; the message of a refusal names the missing or wrong part. */
    public static ChangeEvent of(JsonNode event) {
        if (!event.isObject()) {
            throw new MalformedChangeEvent("a change event must be a JSON object, found " + event.getNodeType());
        }
        JsonNode payload = event.get("payload");
        if (payload == null || !payload.isObject()) {
            throw new MalformedChangeEvent("the change event has no \"payload\" object");
        }
        JsonNode header = payload.get("ChangeEventHeader");
        if (header == null || !header.isObject()) {
            throw new MalformedChangeEvent("the change event's payload has no \"ChangeEventHeader\" object");
        }
        return new ChangeEvent(header(header), (ObjectNode) payload, SalesforceJson.write(event));
    }

    /** Parses a single event as kept in the parking lot. */
    public static ChangeEvent parse(String json) {
        List<JsonNode> events = split(json);
        if (events.size() != 1) {
            throw new MalformedChangeEvent("expected one change event, found " + events.size());
        }
        return of(events.get(0));
    }

    /**
     * The hub's identity of this change for one of its records: the same event delivered twice (a relay
     * retrying, a replay from Salesforce's 72-hour event bus) is applied once.
     */
    public String sourceChangeId(String recordId) {
        return header.transactionKey() + ":" + header.sequenceNumber() + ":" + recordId;
    }

    /** How a refusal names one of its records: sObject, record id, change type and the change's identity. */
    public String describe(String recordId) {
        return header.entityName() + " " + recordId + " (" + header.changeType() + ", change "
                + sourceChangeId(recordId) + ")";
    }

    private static ChangeEventHeader header(JsonNode h) {
        String entityName = required(h, "entityName");
        String changeType = required(h, "changeType");
        String transactionKey = required(h, "transactionKey");
        JsonNode sequence = h.get("sequenceNumber");
        if (sequence == null || !sequence.canConvertToLong() || !sequence.isIntegralNumber()) {
            throw new MalformedChangeEvent("ChangeEventHeader.sequenceNumber must be an integer");
        }
        List<String> recordIds = strings(h, "recordIds");
        if (recordIds.isEmpty()) {
            throw new MalformedChangeEvent("ChangeEventHeader.recordIds must name at least one record");
        }
        JsonNode timestamp = h.get("commitTimestamp");
        return new ChangeEventHeader(entityName, changeType, recordIds, transactionKey, sequence.asLong(),
                timestamp != null && timestamp.isIntegralNumber() ? timestamp.asLong() : null,
                SalesforceJson.text(h, "commitUser"), SalesforceJson.text(h, "changeOrigin"),
                strings(h, "changedFields"), strings(h, "nulledFields"), strings(h, "diffFields"));
    }

    private static String required(JsonNode header, String field) {
        String value = SalesforceJson.text(header, field);
        if (value == null) {
            throw new MalformedChangeEvent("ChangeEventHeader." + field + " is missing");
        }
        return value;
    }

    private static List<String> strings(JsonNode header, String field) {
        JsonNode array = header.get(field);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new MalformedChangeEvent("ChangeEventHeader." + field + " must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new MalformedChangeEvent("ChangeEventHeader." + field + " must be an array of strings");
            }
            values.add(item.asText());
        }
        return values;
    }
}
