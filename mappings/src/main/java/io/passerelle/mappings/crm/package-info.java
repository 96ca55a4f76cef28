/**
 * The CRM's wire format and its translation to and from the canonical model. The format is Salesforce's, as
 * Salesforce documents it, because it is the CRM most often met and because its shapes are public and stable;
 * a CRM with another API sits behind a relay that speaks this format, or gets its own package.
 *
 * <h2>Into the hub: Change Data Capture events on Account</h2>
 * The CRM's relay (a Pub/Sub API or CometD subscriber, or a Salesforce event relay) posts each change event to
 * the hub's webhook in Salesforce's JSON form, one event or a JSON array of events per call:
 * <pre>{"schema": "…", "payload": {"ChangeEventHeader": {"entityName": "Account", "changeType": "CREATE",
 *   "recordIds": ["001…"], "transactionKey": "…", "sequenceNumber": 1, "commitTimestamp": …, …},
 *   "Name": "…", "GLN__c": "…", …}, "event": {"replayId": …}}</pre>
 * ({@link io.passerelle.mappings.crm.ChangeEvent}). The change's identity is its transaction key, sequence
 * number and record id. CREATE and UNDELETE carry every populated field. UPDATE carries only the changed
 * ones: the other fields come from the customer's earlier version in the hub, and configuring the channel's
 * <em>enriched fields</em> with the fields below makes each UPDATE complete by itself. DELETE and gap events
 * are refused with their reason.
 *
 * <table>
 *   <caption>Account fields read ({@link io.passerelle.mappings.crm.CrmAccountTranslator})</caption>
 *   <tr><th>Account field</th><th>canonical Customer</th><th>how</th></tr>
 *   <tr><td>recordIds[i] (Id)</td><td>id</td><td>{@code customer} table, as master data: the CRM is the system
 *       of record, so a new account creates a customer or links to the one with the same GLN or VAT</td></tr>
 *   <tr><td>Name</td><td>name</td><td>as is</td></tr>
 *   <tr><td>GLN__c</td><td>gln</td><td>spaces removed; a natural key of {@code customer}</td></tr>
 *   <tr><td>VAT_Number__c</td><td>vatNumber</td><td>spaces, dots and dashes removed, upper case; a natural
 *       key of {@code customer}</td></tr>
 *   <tr><td>Segment__c</td><td>segment</td><td>{@code customer-segment} table, as a reference (an unknown
 *       segment is parked)</td></tr>
 *   <tr><td>Service_Class__c</td><td>serviceClass</td><td>picklist of the canonical classes: "Key Account" or
 *       KEY_ACCOUNT, "Committed Volume", "Standard"</td></tr>
 *   <tr><td>BillingAddress {Street, City, PostalCode, CountryCode or Country}</td><td>addresses[] BILLING</td>
 *       <td>street lines split at line breaks; CountryCode needs the org's State and Country/Territory
 *       picklists, otherwise Country must hold the ISO code</td></tr>
 *   <tr><td>ShippingAddress {…}</td><td>addresses[] DELIVERY</td><td>as BillingAddress</td></tr>
 * </table>
 *
 * <h2>Into the hub: marketing's decisions, as boundary events</h2>
 * Change events on {@code Product2} and on the custom object {@code Promotion__c} are decisions the upstream
 * chain must act on. Each record becomes one boundary event (or is ignored, with the reason, when it decides
 * nothing the hub carries), through a {@link io.passerelle.mappings.crm.CrmEventTranslator}:
 * {@link io.passerelle.mappings.crm.CrmProductEventTranslator} (a launch moved, a product withdrawn) and
 * {@link io.passerelle.mappings.crm.CrmPromotionTranslator} (a promotion planned, changed, cancelled); their
 * documentation lists every field read. DELETE events carry the header alone; UNDELETE events, like CREATE,
 * every populated field.
 *
 * <h2>Out of the hub: sObject upserts by external id</h2>
 * Each canonical record is written with Salesforce's REST API as an sObject upserted by the external-id field
 * {@code Passerelle_Id__c} ({@link io.passerelle.mappings.crm.SObjectUpsert}); answers and errors are read by
 * {@link io.passerelle.mappings.crm.SalesforceResponse}. Products go to {@code Product2}
 * ({@link io.passerelle.mappings.crm.CrmProductWriter}).
 */
package io.passerelle.mappings.crm;
