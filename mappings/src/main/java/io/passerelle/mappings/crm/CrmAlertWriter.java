package io.passerelle.mappings.crm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.passerelle.canonical.notice.SalesAlert;
import io.passerelle.canonical.validation.CanonicalValidator;
import io.passerelle.mappings.xref.CodeTranslator;

/**
 * A {@link SalesAlert} as a Salesforce {@code Task} on the account it concerns, upserted by the custom
 * external-id field {@code Passerelle_Id__c} holding the alert id: a redelivered alert updates the same
 * task instead of giving the salesperson a second one.
 *
 * <table>
 *   <caption>Task fields written</caption>
 *   <tr><th>Task field</th><th>from</th></tr>
 *   <tr><td>WhatId</td><td>customerId, through the {@code customer} table: the account's record id in that CRM</td></tr>
 *   <tr><td>Subject</td><td>subject, cut to Salesforce's 255 characters</td></tr>
 *   <tr><td>Description</td><td>text: what happened and each order line with its old and new date</td></tr>
 *   <tr><td>ActivityDate</td><td>dueDate: act before the first promise that would be missed</td></tr>
 *   <tr><td>Priority, Status</td><td>High, Not Started</td></tr>
 *   <tr><td>Type</td><td>Other; Passerelle_Event__c: the event type, for list views and reports</td></tr>
 * </table>
 */
public final class CrmAlertWriter {

    public static final String SOBJECT = "Task";
    static final String FLOW = "crm-alerts";

    private static final int SUBJECT_LENGTH = 255;
    private static final int DESCRIPTION_LENGTH = 32_000;

    private final CodeTranslator codes;
    private final CanonicalValidator validator;

    public CrmAlertWriter(CodeTranslator codes, CanonicalValidator validator) {
        this.codes = codes;
        this.validator = validator;
    }

    /** @throws io.passerelle.mappings.xref.UnmappedCodeException the account has no record id in that CRM */
    public SObjectUpsert write(String system, SalesAlert alert) {
        validator.requireValid(alert);
        ObjectNode fields = SalesforceJson.MAPPER.createObjectNode();
        fields.put("WhatId", codes.toExternal("customer", system, alert.customerId(), FLOW));
        fields.put("Subject", SalesforceJson.cut(alert.subject(), SUBJECT_LENGTH));
        fields.put("Description", SalesforceJson.cut(alert.text(), DESCRIPTION_LENGTH));
        fields.put("ActivityDate", alert.dueDate().toString());
        fields.put("Priority", "High");
        fields.put("Status", "Not Started");
        fields.put("Type", "Other");
        fields.put("Passerelle_Event__c", alert.eventType());
        return new SObjectUpsert(SOBJECT, CrmProductWriter.EXTERNAL_ID_FIELD, alert.alertId(), fields);
    }
}
