package io.passerelle.hub.connector.crm;

import static io.passerelle.mappings.crm.CrmAccountTranslator.FLOW;
import static io.passerelle.mappings.crm.CrmAccountTranslator.MESSAGE_TYPE;

import io.passerelle.hub.connector.crm.CrmChangeLedger.Recorded;
import io.passerelle.hub.connector.crm.WebhookReceipt.Outcome;
import io.passerelle.hub.ingress.HubIngress;
import io.passerelle.hub.ingress.InboundChange;
import io.passerelle.mappings.crm.AccountAwaitsCode;
import io.passerelle.mappings.crm.AccountRejected;
import io.passerelle.mappings.crm.ChangeEvent;
import io.passerelle.mappings.crm.CrmAccountTranslator;
import io.passerelle.mappings.crm.CustomerHistory;
import io.passerelle.mappings.crm.TranslatedAccount;
import io.passerelle.mappings.xref.ParkedMessage;
import io.passerelle.mappings.xref.ParkingLot;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A CRM's Account change events into the hub. Each record of each event is accepted once (translated,
 * recorded and queued for the Customer subscribers), parked while one of its codes is unknown and replayed
 * when a steward maps it, or refused with its reason. Whatever happens, the change is recorded: nothing a
 * CRM sent is lost.
 *
 * <p>Changes of one account keep their order: while a change waits in the parking lot, later changes of
 * the same account wait behind it ({@link CrmChangeLedger}).
 */
@Component
public class CrmAccountIngress {

    private static final Logger log = LoggerFactory.getLogger(CrmAccountIngress.class);

    private final CrmAccountTranslator translator;
    private final CustomerHistory history;
    private final HubIngress ingress;
    private final CrmChangeLedger ledger;

    public CrmAccountIngress(CrmAccountTranslator translator, CustomerHistory history, HubIngress ingress,
                             CrmChangeLedger ledger, ParkingLot parking) {
        this.translator = translator;
        this.history = history;
        this.ingress = ingress;
        this.ledger = ledger;
        parking.register(FLOW, this::replay);
    }

    /** One record of an Account change event. */
    WebhookReceipt receive(String system, ChangeEvent event, String recordId) {
        String change = event.sourceChangeId(recordId);
        Optional<Recorded> recorded = ledger.recorded(system, change);
        if (recorded.isPresent() && recorded.get().accepted()) {
            return duplicate(system, recordId, change, recorded.get());
        }
        if (recorded.isPresent() && recorded.get().parked()) {
            // Sent again while it waits: one parked copy is enough.
            return receipt(recordId, change, recorded.get().id(), Outcome.PARKED, recorded.get().customer(), null,
                    recorded.get().error());
        }
        Optional<ParkedMessage> ahead = ledger.waitingAhead(FLOW, system, recordId);
        if (ahead.isPresent()) {
            return parkBehind(system, event, recordId, ahead.get());
        }
        try {
            return accept(system, event, recordId);
        } catch (AccountAwaitsCode waiting) {
            return park(system, event, recordId, waiting.unmapped(), entityKey(system, recordId, waiting.canonicalId()),
                    waiting.businessKeys(), waiting.canonicalId(), waiting.getMessage());
        } catch (AccountRejected rejected) {
            return reject(system, event, recordId, rejected);
        }
    }

    /**
     * The parking lot's replay of a change, inside its transaction: accepted now, parked again for the next
     * unknown code (by throwing it back), or refused and kept with its reason.
     */
    private void replay(ParkedMessage message) {
        ledger.toReplay(message).ifPresent(parked -> {
            try {
                WebhookReceipt receipt = accept(parked.system(), parked.event(), parked.recordId());
                log.info("Parked change {} of {} account {} replayed: {} customer {}", parked.change(), parked.system(),
                        parked.recordId(), receipt.outcome(), receipt.customer());
            } catch (AccountAwaitsCode stillWaiting) {
                throw stillWaiting.unmapped();
            } catch (AccountRejected rejected) {
                reject(parked.system(), parked.event(), parked.recordId(), rejected);
            }
        });
    }

    private WebhookReceipt accept(String system, ChangeEvent event, String recordId) {
        TranslatedAccount account = translator.translate(system, event, recordId, history);
        HubIngress.Receipt receipt = ingress.accept(new InboundChange(system, account.sourceChangeId(), MESSAGE_TYPE,
                account.entityKey(), account.businessKeys(), account.customer()));
        Outcome outcome = receipt.outcome() == HubIngress.Outcome.ACCEPTED ? Outcome.ACCEPTED : Outcome.DUPLICATE;
        return receipt(recordId, account.sourceChangeId(), receipt.messageId(), outcome, account.customer().id(),
                account.identity().name(), null);
    }

    private WebhookReceipt duplicate(String system, String recordId, String change, Recorded recorded) {
        ledger.noteDuplicate(recorded.id(), system, change);
        return receipt(recordId, change, recorded.id(), Outcome.DUPLICATE, recorded.customer(), null, null);
    }

    private WebhookReceipt park(String system, ChangeEvent event, String recordId, UnmappedCodeException unmapped,
                                String entityKey, List<String> businessKeys, String customer, String reason) {
        UUID id = ledger.park(system, event, recordId, unmapped, MESSAGE_TYPE, entityKey, businessKeys, reason);
        return receipt(recordId, event.sourceChangeId(recordId), id, Outcome.PARKED, customer, null, reason);
    }

    private WebhookReceipt parkBehind(String system, ChangeEvent event, String recordId, ParkedMessage ahead) {
        String change = event.sourceChangeId(recordId);
        Recorded earlier = ledger.recorded(system, ahead.messageId()).orElse(null);
        Set<String> keys = new LinkedHashSet<>(earlier == null ? List.of() : earlier.businessKeys());
        keys.addAll(translator.businessKeysCarriedBy(event));
        return park(system, event, recordId, ledger.sameCodeAs(ahead, FLOW, change),
                earlier == null ? entityKey(system, recordId, null) : earlier.entityKey(), List.copyOf(keys),
                earlier == null ? null : earlier.customer(), CrmChangeLedger.waitsBehind(ahead));
    }

    private WebhookReceipt reject(String system, ChangeEvent event, String recordId, AccountRejected rejected) {
        String change = event.sourceChangeId(recordId);
        UUID id = ledger.reject(system, event.json(), change, MESSAGE_TYPE,
                entityKey(system, recordId, rejected.canonicalId()), rejected.businessKeys(), rejected.getMessage());
        return receipt(recordId, change, id, Outcome.REJECTED, rejected.canonicalId(), null, rejected.getMessage());
    }

    private static WebhookReceipt receipt(String recordId, String change, UUID messageId, Outcome outcome,
                                          String customer, String identity, String reason) {
        return new WebhookReceipt(recordId, change, messageId, outcome, MESSAGE_TYPE,
                customer == null ? null : "customer:" + customer, customer, identity, reason);
    }

    private static String entityKey(String system, String recordId, String canonicalId) {
        return canonicalId != null ? "customer:" + canonicalId : system + ":Account/" + recordId;
    }
}
