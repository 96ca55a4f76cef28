package io.passerelle.mappings.crm;

import java.util.List;

/**
 * The {@code ChangeEventHeader} of a Salesforce Change Data Capture event (Change Data Capture Developer
 * Guide, "ChangeEventHeader Fields").
 *
 * @param entityName     the sObject that changed, e.g. {@code Account}
 * @param changeType     CREATE, UPDATE, DELETE, UNDELETE, or a GAP_ / GAP_OVERFLOW type when Salesforce could
 *                       not produce the change itself
 * @param recordIds      the records the change applies to (several when Salesforce merged identical changes)
 * @param transactionKey the Salesforce transaction; with {@code sequenceNumber} it identifies the change
 * @param sequenceNumber the change's position inside its transaction
 * @param changedFields  fields an UPDATE changed (CometD and event relays); includes fields set to null
 * @param nulledFields   fields an UPDATE set to null (Pub/Sub API, where unchanged fields are null too)
 */
public record ChangeEventHeader(
        String entityName,
        String changeType,
        List<String> recordIds,
        String transactionKey,
        long sequenceNumber,
        Long commitTimestamp,
        String commitUser,
        String changeOrigin,
        List<String> changedFields,
        List<String> nulledFields,
        List<String> diffFields) {

    public ChangeEventHeader {
        recordIds = recordIds == null ? List.of() : List.copyOf(recordIds);
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
        nulledFields = nulledFields == null ? List.of() : List.copyOf(nulledFields);
        diffFields = diffFields == null ? List.of() : List.copyOf(diffFields);
    }

    /** True when the event names this field as changed or cleared. */
    public boolean lists(String field) {
        return changedFields.contains(field) || nulledFields.contains(field) || diffFields.contains(field);
    }
}
