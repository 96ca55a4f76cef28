package io.passerelle.mappings.crm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Up to 200 records of one sObject type upserted by their external id in one call ("Upsert Records Using
 * sObject Collections", REST API v46.0 and later): {@code PATCH
 * /services/data/v61.0/composite/sobjects/{sObject}/{externalIdField}} with {@code {"allOrNone": false,
 * "records": [{"attributes": {"type": "Product2"}, "Passerelle_Id__c": "PRD-000001", …}, …]}}. Salesforce
 * applies the records in the order listed and answers 200 with one result per record, in the same order
 * (see {@link SalesforceResponse#collectionResults}); with allOrNone false, one refused record does not stop
 * the others. One call instead of one per record also spares the org's daily API request limit.
 */
public record SObjectCollectionUpsert(String sObject, String externalIdField, List<SObjectUpsert> records) {

    /** The most records Salesforce takes in one sObject Collections request. */
    public static final int MAX_RECORDS = 200;

    public SObjectCollectionUpsert {
        records = List.copyOf(records);
        if (records.isEmpty() || records.size() > MAX_RECORDS) {
            throw new IllegalArgumentException("an sObject Collections upsert takes 1 to " + MAX_RECORDS
                    + " records, not " + records.size());
        }
        for (SObjectUpsert record : records) {
            if (!record.sObject().equals(sObject) || !record.externalIdField().equals(externalIdField)) {
                throw new IllegalArgumentException("a collection holds " + sObject + " records upserted by "
                        + externalIdField + " only, not " + record.describe());
            }
        }
    }

    public String path() {
        return "/services/data/" + SObjectUpsert.API_VERSION + "/composite/sobjects/" + sObject + "/" + externalIdField;
    }

    /** For tracking notes: {@code composite/sobjects/Product2/Passerelle_Id__c}. */
    public String describe() {
        return "composite/sobjects/" + sObject + "/" + externalIdField;
    }

    public String body() {
        ObjectNode root = SalesforceJson.MAPPER.createObjectNode();
        root.put("allOrNone", false);
        ArrayNode list = root.putArray("records");
        for (SObjectUpsert record : records) {
            ObjectNode entry = list.addObject();
            entry.putObject("attributes").put("type", sObject);
            entry.put(externalIdField, record.externalId());
            record.fields().fields().forEachRemaining(field -> {
                if (!field.getKey().equals(externalIdField)) {
                    entry.set(field.getKey(), field.getValue());
                }
            });
        }
        return SalesforceJson.write(root);
    }
}
