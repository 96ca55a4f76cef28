package io.passerelle.mappings.crm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One record to write to the CRM, as Salesforce's REST API upserts it by external id ("sObject Rows by
 * External ID"): {@code PATCH /services/data/v61.0/sobjects/{sObject}/{externalIdField}/{externalId}} with
 * the record's fields as the JSON body. Salesforce creates the record if no record carries that external id
 * (201 with the new record id) and updates it otherwise (204, or 200 with the id in newer API versions).
 * Upserting by the hub's canonical id makes a redelivery harmless.
 */
public record SObjectUpsert(String sObject, String externalIdField, String externalId, ObjectNode fields) {

    /** The REST API version the connector is written against. */
    public static final String API_VERSION = "v61.0";

    /** The request path, below the instance's base URL. */
    public String path() {
        return "/services/data/" + API_VERSION + "/sobjects/" + sObject + "/" + externalIdField + "/"
                + URLEncoder.encode(externalId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** For tracking notes: {@code Product2/Passerelle_Id__c/PRD-000001}. */
    public String describe() {
        return sObject + "/" + externalIdField + "/" + externalId;
    }

    public String body() {
        return SalesforceJson.write(fields);
    }
}
