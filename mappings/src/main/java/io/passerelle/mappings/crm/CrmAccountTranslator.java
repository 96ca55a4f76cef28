package io.passerelle.mappings.crm;

import static io.passerelle.mappings.crm.AccountFields.BILLING_ADDRESS;
import static io.passerelle.mappings.crm.AccountFields.CITY;
import static io.passerelle.mappings.crm.AccountFields.COUNTRY;
import static io.passerelle.mappings.crm.AccountFields.COUNTRY_CODE;
import static io.passerelle.mappings.crm.AccountFields.POSTAL_CODE;
import static io.passerelle.mappings.crm.AccountFields.SHIPPING_ADDRESS;
import static io.passerelle.mappings.crm.AccountFields.STREET;

import io.passerelle.canonical.Address;
import io.passerelle.canonical.AddressKind;
import io.passerelle.canonical.Customer;
import io.passerelle.canonical.ServiceClass;
import io.passerelle.canonical.validation.CanonicalValidationException;
import io.passerelle.canonical.validation.CanonicalValidator;
import io.passerelle.canonical.validation.Violation;
import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.CodeTranslator;
import io.passerelle.mappings.xref.Translation;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Salesforce Change Data Capture event on Account, as a canonical {@link Customer}.
 *
 * <ul>
 *   <li>The account id goes through the {@code customer} conversion table as master data: the CRM is the
 *       customers' system of record, so a new account creates the canonical customer, or links to the one
 *       that already carries its GLN or VAT number (an ERP customer known by the same GLN).</li>
 *   <li>{@code Segment__c} goes through {@code customer-segment} as a mere reference: an account names a
 *       segment, it does not define one, so an unknown segment follows the table's missing-code policy
 *       (park, in the shipped configuration) instead of creating a segment.</li>
 *   <li>The record is checked against the canonical rules <em>before</em> anything is learned, so a
 *       mistyped GLN never becomes a natural key in the conversion tables.</li>
 * </ul>
 * Throws {@link AccountRejected} for what cannot be carried (a code whose table says reject included), and
 * {@link AccountAwaitsCode} for a code whose table says park.
 */
public final class CrmAccountTranslator {

    /** The flow name under which unknown codes are reported and parked events replayed. */
    public static final String FLOW = "crm-accounts";
    public static final String MESSAGE_TYPE = "Customer";

    private static final String CUSTOMER_TABLE = "customer";
    private static final String SEGMENT_TABLE = "customer-segment";
    private static final String ACCOUNT = "Account";
    private static final Set<String> CARRIED_TYPES = Set.of("CREATE", "UPDATE", "UNDELETE");

    private final CodeTranslator codes;
    private final CanonicalValidator validator;

    public CrmAccountTranslator(CodeTranslator codes, CanonicalValidator validator) {
        this.codes = codes;
        this.validator = validator;
    }

    public TranslatedAccount translate(String system, ChangeEvent event, String recordId, CustomerHistory history) {
        String changeId = event.sourceChangeId(recordId);
        RecordChange change = new RecordChange(event);
        Draft fromEvent = Draft.of(change, Optional.empty());
        refuseWhatIsNotCarried(event, recordId, fromEvent);

        // Nothing may be learned from a record that breaks the rules. An UPDATE may lack fields that the
        // customer's earlier version supplies, so only its natural keys are checked at this point.
        List<FieldProblem> early = problems(fromEvent, recordId);
        if (!change.wholeRecord()) {
            early = early.stream().filter(FieldProblem::isNaturalKey).toList();
        }
        if (!early.isEmpty()) {
            throw rejected(event, recordId, null, fromEvent, early, false);
        }

        Translation identity = canonical(new CodeSighting(CUSTOMER_TABLE, system, recordId, fromEvent.name,
                fromEvent.naturalKeys(), true, FLOW, changeId, event.json()), event, recordId, null, fromEvent);
        String customerId = identity.canonicalCode();
        Optional<Customer> previous = change.wholeRecord() ? Optional.empty() : history.latest(customerId);
        Draft merged = Draft.of(change, previous);
        List<FieldProblem> problems = problems(merged, customerId);
        if (!problems.isEmpty()) {
            throw rejected(event, recordId, customerId, merged, problems, !change.wholeRecord() && previous.isEmpty());
        }

        String segment = merged.segmentTouched
                ? canonical(new CodeSighting(SEGMENT_TABLE, system, merged.segment, merged.segment, Map.of(), false,
                        FLOW, changeId, event.json()), event, recordId, customerId, merged).canonicalCode()
                : merged.segment;
        Customer customer = merged.toCustomer(customerId, segment);
        try {
            validator.requireValid(customer);
        } catch (CanonicalValidationException e) {
            throw rejected(event, recordId, customerId, merged, FieldProblem.of(e.violations(), merged), false);
        }
        return new TranslatedAccount(recordId, changeId, customer, identity.how(), businessKeys(customerId, merged));
    }

    /**
     * What a refusal or a waiting change of this event can be found by, read from the event alone: its GLN
     * and VAT number, when it carries them.
     */
    public List<String> businessKeysCarriedBy(ChangeEvent event) {
        return businessKeys(null, Draft.of(new RecordChange(event), Optional.empty()));
    }

    private Translation canonical(CodeSighting sighting, ChangeEvent event, String recordId, String customerId,
                                  Draft draft) {
        try {
            return codes.toCanonical(sighting);
        } catch (UnmappedCodeException e) {
            if (e.mustPark()) {
                throw new AccountAwaitsCode(e, customerId, businessKeys(customerId, draft));
            }
            throw new AccountRejected(describe(event, recordId) + ": " + e.getMessage(), recordId, customerId,
                    businessKeys(customerId, draft));
        }
    }

    private void refuseWhatIsNotCarried(ChangeEvent event, String recordId, Draft draft) {
        ChangeEventHeader header = event.header();
        String reason = null;
        if (!ACCOUNT.equals(header.entityName())) {
            reason = header.entityName() + " change events are not carried: this webhook takes Account changes";
        } else if (header.changeType().startsWith("GAP_")) {
            reason = header.changeType() + " event: Salesforce could not send the change itself (no field values);"
                    + " re-synchronise the account by saving it again in the CRM";
        } else if ("DELETE".equals(header.changeType())) {
            reason = "DELETE is not carried: the canonical model has no customer deletion;"
                    + " retire the customer in the receiving systems";
        } else if (!CARRIED_TYPES.contains(header.changeType())) {
            reason = "unknown changeType '" + header.changeType() + "'";
        } else if (recordId.endsWith("*")) {
            reason = "wildcard record id '" + recordId + "' (a field type conversion touched every account):"
                    + " re-synchronise the accounts";
        }
        if (reason != null) {
            throw new AccountRejected(describe(event, recordId) + ": " + reason, recordId, null,
                    businessKeys(null, draft));
        }
    }

    private List<FieldProblem> problems(Draft draft, String id) {
        List<FieldProblem> problems = new ArrayList<>();
        ServiceClass serviceClass = null;
        if (draft.serviceClass != null) {
            serviceClass = ServiceClasses.fromPicklist(draft.serviceClass);
            if (serviceClass == null) {
                problems.add(new FieldProblem(AccountFields.SERVICE_CLASS, "serviceClass", draft.serviceClass,
                        "not a service class: expected " + ServiceClasses.expected()));
            }
        }
        Customer candidate = draft.toCustomer(id, draft.segment, serviceClass);
        boolean serviceClassReported = !problems.isEmpty();
        for (FieldProblem problem : FieldProblem.of(validator.validate(candidate), draft)) {
            if (!(serviceClassReported && problem.canonicalPath().equals("serviceClass"))) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static AccountRejected rejected(ChangeEvent event, String recordId, String customerId, Draft draft,
                                            List<FieldProblem> problems, boolean updateWithoutHistory) {
        String reason = describe(event, recordId) + " breaks " + (problems.size() == 1 ? "1 rule" : problems.size()
                + " rules") + ": " + problems.stream().map(FieldProblem::describe).collect(Collectors.joining("; "));
        if (updateWithoutHistory && problems.stream().anyMatch(p -> p.value() == null)) {
            reason += " (an UPDATE carries only the fields that changed and the hub holds no earlier version of"
                    + " this customer: add the missing fields to the change event channel's enriched fields)";
        }
        return new AccountRejected(reason, recordId, customerId, businessKeys(customerId, draft));
    }

    private static String describe(ChangeEvent event, String recordId) {
        return event.describe(recordId);
    }

    private static List<String> businessKeys(String customerId, Draft draft) {
        List<String> keys = new ArrayList<>();
        if (draft.gln != null) {
            keys.add("gln:" + draft.gln);
        }
        if (draft.vatNumber != null) {
            keys.add("vat:" + draft.vatNumber);
        }
        if (customerId != null) {
            keys.add("customer:" + customerId);
        }
        return keys;
    }

    /**
     * The customer's fields as the event (and, for an UPDATE, the customer's earlier version) give them,
     * still in the CRM's codes. {@code segment} is the CRM's code when {@code segmentTouched}, otherwise the
     * canonical one of the earlier version.
     */
    private static final class Draft {
        String name;
        String gln;
        String vatNumber;
        String segment;
        boolean segmentTouched;
        String serviceClass;
        final Map<String, AddressParts> addresses = new LinkedHashMap<>();

        static Draft of(RecordChange change, Optional<Customer> previous) {
            Draft draft = new Draft();
            Customer before = previous.orElse(null);
            draft.name = change.field(AccountFields.NAME).or(before == null ? null : before.name());
            draft.gln = normalisedGln(change.field(AccountFields.GLN).or(before == null ? null : before.gln()));
            draft.vatNumber = normalisedVat(change.field(AccountFields.VAT_NUMBER)
                    .or(before == null ? null : before.vatNumber()));
            RecordChange.Value segment = change.field(AccountFields.SEGMENT);
            draft.segmentTouched = segment.touched();
            draft.segment = segment.or(before == null ? null : before.segment());
            draft.serviceClass = change.field(AccountFields.SERVICE_CLASS)
                    .or(before == null || before.serviceClass() == null ? null : before.serviceClass().name());
            draft.address(change, BILLING_ADDRESS, AddressKind.BILLING, before);
            draft.address(change, SHIPPING_ADDRESS, AddressKind.DELIVERY, before);
            return draft;
        }

        private void address(RecordChange change, String compound, AddressKind kind, Customer before) {
            AddressParts earlier = before == null ? AddressParts.NONE : before.addresses().stream()
                    .filter(a -> a.kind() == kind).findFirst().map(AddressParts::of).orElse(AddressParts.NONE);
            RecordChange.Value countryCode = change.part(compound, COUNTRY_CODE);
            RecordChange.Value country = change.part(compound, COUNTRY);
            String countryNow = countryCode.touched() || country.touched()
                    ? (countryCode.text() != null ? countryCode.text() : country.text())
                    : earlier.country();
            AddressParts parts = new AddressParts(change.part(compound, STREET).or(earlier.street()),
                    change.part(compound, CITY).or(earlier.city()), change.part(compound, POSTAL_CODE)
                    .or(earlier.postalCode()), countryNow);
            if (!parts.isEmpty()) {
                addresses.put(compound, parts.withKind(kind));
            }
        }

        Map<String, String> naturalKeys() {
            Map<String, String> keys = new LinkedHashMap<>();
            if (gln != null) {
                keys.put("gln", gln);
            }
            if (vatNumber != null) {
                keys.put("vat", vatNumber);
            }
            return keys;
        }

        List<String> addressFields() {
            return List.copyOf(addresses.keySet());
        }

        Customer toCustomer(String id, String canonicalSegment) {
            ServiceClass parsed = serviceClass == null ? null : ServiceClasses.fromPicklist(serviceClass);
            return toCustomer(id, canonicalSegment, parsed);
        }

        Customer toCustomer(String id, String segmentCode, ServiceClass parsedServiceClass) {
            List<Address> list = addresses.values().stream().map(AddressParts::toAddress).toList();
            return new Customer(id, name, gln, vatNumber, list, segmentCode, parsedServiceClass);
        }

        private static String normalisedGln(String gln) {
            return gln == null ? null : gln.replaceAll("\\s", "");
        }

        /** Spaces, dots and dashes are how people type VAT numbers, not part of them: BE 0123.456.749. */
        private static String normalisedVat(String vat) {
            return vat == null ? null : vat.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        }
    }

    /** A compound address field's parts, as text. */
    private record AddressParts(String street, String city, String postalCode, String country, AddressKind kind) {

        static final AddressParts NONE = new AddressParts(null, null, null, null, null);

        AddressParts(String street, String city, String postalCode, String country) {
            this(street, city, postalCode, country, null);
        }

        static AddressParts of(Address address) {
            return new AddressParts(String.join("\n", address.streetLines()), address.city(), address.postalCode(),
                    address.country(), address.kind());
        }

        boolean isEmpty() {
            return street == null && city == null && postalCode == null && country == null;
        }

        AddressParts withKind(AddressKind newKind) {
            return new AddressParts(street, city, postalCode, country, newKind);
        }

        /** Salesforce keeps the street lines in one field, separated by line breaks. */
        Address toAddress() {
            List<String> lines = street == null ? List.of() : Arrays.stream(street.split("\\R"))
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
            return new Address(kind, lines, postalCode, city, country);
        }
    }

    /** A broken rule, named by the CRM field and the canonical field it feeds. */
    private record FieldProblem(String crmField, String canonicalPath, String value, String rule) {

        static List<FieldProblem> of(List<Violation> violations, Draft draft) {
            return violations.stream().map(v -> new FieldProblem(AccountFields.crmFieldOf(v.path(),
                    draft.addressFields()), v.path(), v.rejectedValue(), v.rule())).toList();
        }

        boolean isNaturalKey() {
            return canonicalPath.equals("gln") || canonicalPath.equals("vatNumber");
        }

        String describe() {
            return crmField + " (canonical " + canonicalPath + ") = " + (value == null ? "null" : "\"" + value + "\"")
                    + ": " + rule;
        }
    }
}
