package io.passerelle.mappings.crm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * What one change event says about each field of its record, whatever the sObject. A CREATE or UNDELETE
 * carries every populated field, so a field it leaves out is empty. An UPDATE carries only what changed: a field it leaves out is
 * unchanged, unless the header lists it as changed or nulled (the Pub/Sub API sends unchanged fields as
 * null and lists the cleared ones in nulledFields; CometD leaves unchanged fields out).
 */
final class RecordChange {

    static final Set<String> WHOLE_RECORD_TYPES = Set.of("CREATE", "UNDELETE");

    /** A field as the event gives it: {@code touched} false means the event says nothing about it. */
    record Value(boolean touched, String text) {

        String or(String previous) {
            return touched ? text : previous;
        }
    }

    private final ChangeEvent event;
    private final boolean wholeRecord;

    RecordChange(ChangeEvent event) {
        this.event = event;
        this.wholeRecord = WHOLE_RECORD_TYPES.contains(event.header().changeType());
    }

    boolean wholeRecord() {
        return wholeRecord;
    }

    Value field(String name) {
        String text = SalesforceJson.text(event.payload(), name);
        return new Value(wholeRecord || text != null || event.header().lists(name), text);
    }

    /** A part of a compound address field (BillingAddress.City), also listed as BillingCity by some APIs. */
    Value part(String compound, String part) {
        JsonNode address = event.payload().get(compound);
        String text = address != null && address.isObject() ? SalesforceJson.text(address, part) : null;
        boolean listed = event.header().lists(compound + "." + part)
                || event.header().lists(AccountFields.flatName(compound, part))
                || event.header().nulledFields().contains(compound);
        return new Value(wholeRecord || text != null || listed, text);
    }
}
