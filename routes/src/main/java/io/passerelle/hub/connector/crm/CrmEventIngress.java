package io.passerelle.hub.connector.crm;

import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.validation.CanonicalValidator;
import io.passerelle.canonical.validation.Violation;
import io.passerelle.hub.connector.crm.CrmChangeLedger.Recorded;
import io.passerelle.hub.connector.crm.WebhookReceipt.Outcome;
import io.passerelle.hub.events.BoundaryEvents;
import io.passerelle.mappings.crm.ChangeEvent;
import io.passerelle.mappings.crm.CrmEventTranslator;
import io.passerelle.mappings.crm.EventAwaitsCode;
import io.passerelle.mappings.crm.EventRejected;
import io.passerelle.mappings.crm.TranslatedEvent;
import io.passerelle.mappings.xref.ParkedMessage;
import io.passerelle.mappings.xref.ParkingLot;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A CRM's decisions into the hub as boundary events: Product2 changes (a launch moved, a product withdrawn) and
 * Promotion__c changes (planned, changed, cancelled). Each record of each event becomes one event through
 * {@link BoundaryEvents} under the change's own identity, so the same change delivered twice is applied once;
 * waits in the parking lot while one of its codes is unknown, behind it the later changes of the same record;
 * is refused with its reason; or is acknowledged and ignored when it decides nothing the hub carries.
 */
@Component
public class CrmEventIngress {

    private static final Logger log = LoggerFactory.getLogger(CrmEventIngress.class);

    private final Map<String, CrmEventTranslator> translators;
    private final BoundaryEvents events;
    private final HubPromotionHistory promotions;
    private final CrmChangeLedger ledger;
    private final CanonicalValidator validator = new CanonicalValidator();
    private final TransactionTemplate transactions;

    public CrmEventIngress(List<CrmEventTranslator> translators, BoundaryEvents events,
                           HubPromotionHistory promotions, CrmChangeLedger ledger, ParkingLot parking,
                           PlatformTransactionManager transactionManager) {
        this.translators = translators.stream()
                .collect(Collectors.toUnmodifiableMap(CrmEventTranslator::sObject, Function.identity()));
        this.events = events;
        this.promotions = promotions;
        this.ledger = ledger;
        this.transactions = new TransactionTemplate(transactionManager);
        translators.forEach(translator -> parking.register(translator.flow(), this::replay));
    }

    /** Whether change events on this sObject are decisions this ingress carries. */
    boolean takes(String sObject) {
        return translators.containsKey(sObject);
    }

    /** The sObjects it takes, for a refusal of any other. */
    List<String> sObjects() {
        return translators.keySet().stream().sorted().toList();
    }

    WebhookReceipt receive(String system, ChangeEvent event, String recordId) {
        CrmEventTranslator translator = translators.get(event.header().entityName());
        String change = event.sourceChangeId(recordId);
        Optional<Recorded> recorded = ledger.recorded(system, change);
        if (recorded.isPresent() && recorded.get().accepted()) {
            return duplicate(system, recordId, change, recorded.get());
        }
        if (recorded.isPresent() && recorded.get().parked()) {
            // Sent again while it waits: one parked copy is enough.
            return new WebhookReceipt(recordId, change, recorded.get().id(), Outcome.PARKED,
                    recorded.get().messageType(), recorded.get().entityKey(), null, null, recorded.get().error());
        }
        Optional<ParkedMessage> ahead = ledger.waitingAhead(translator.flow(), system, recordId);
        String messageType = translator.messageTypeOf(event);
        if (ahead.isPresent() && messageType != null) {
            return parkBehind(system, translator, event, recordId, messageType, ahead.get());
        }
        try {
            return accept(system, translator, event, recordId);
        } catch (EventAwaitsCode waiting) {
            UUID id = ledger.park(system, event, recordId, waiting.unmapped(), waiting.messageType(),
                    waiting.entityKey(), List.of(waiting.entityKey()), waiting.getMessage());
            return new WebhookReceipt(recordId, change, id, Outcome.PARKED, waiting.messageType(), waiting.entityKey(),
                    null, null, waiting.getMessage());
        } catch (EventRejected rejected) {
            return reject(system, event, recordId, rejected.messageType(), rejected.entityKey(), rejected.getMessage());
        }
    }

    /**
     * The parking lot's replay of a change, inside its transaction: accepted now, parked again for the next
     * unknown code (by throwing it back), or refused and kept with its reason.
     */
    private void replay(ParkedMessage message) {
        ledger.toReplay(message).ifPresent(parked -> {
            String sObject = parked.event().header().entityName();
            try {
                WebhookReceipt receipt = accept(parked.system(), translators.get(sObject), parked.event(), parked.recordId());
                log.info("Parked change {} of {} {} {} replayed: {} {} {}", parked.change(), parked.system(), sObject,
                        parked.recordId(), receipt.outcome(), receipt.messageType(), receipt.entity());
            } catch (EventAwaitsCode stillWaiting) {
                throw stillWaiting.unmapped();
            } catch (EventRejected rejected) {
                reject(parked.system(), parked.event(), parked.recordId(), rejected.messageType(), rejected.entityKey(),
                        rejected.getMessage());
            }
        });
    }

    private WebhookReceipt accept(String system, CrmEventTranslator translator, ChangeEvent event, String recordId) {
        TranslatedEvent translated = translator.translate(system, event, recordId);
        String change = translated.sourceChangeId();
        if (translated.isIgnored()) {
            log.info("Change {} of {} {} {} ignored: {}", change, system, event.header().entityName(), recordId,
                    translated.ignoredBecause());
            return new WebhookReceipt(recordId, change, null, Outcome.IGNORED, null, null, null, null,
                    translated.ignoredBecause());
        }
        BoundaryEvent boundary = translated.event();
        // Checked before the transaction: a refusal inside it would doom a replay's transaction too.
        List<Violation> violations = validator.validate(boundary);
        if (!violations.isEmpty()) {
            return reject(system, event, recordId, boundary.type(), boundary.entityKey(), event.describe(recordId)
                    + " breaks: " + violations.stream().map(Violation::describe).collect(Collectors.joining("; ")));
        }
        BoundaryEvents.Receipt receipt = transactions.execute(status -> {
            BoundaryEvents.Receipt accepted = events.accept(system, change, boundary);
            if (accepted.outcome() == BoundaryEvents.Outcome.ACCEPTED) {
                promotions.remember(system, recordId, boundary);
            }
            return accepted;
        });
        Outcome outcome = receipt.outcome() == BoundaryEvents.Outcome.ACCEPTED ? Outcome.ACCEPTED : Outcome.DUPLICATE;
        return new WebhookReceipt(recordId, change, receipt.eventId(), outcome, boundary.type(), boundary.entityKey(),
                null, null, null);
    }

    private WebhookReceipt duplicate(String system, String recordId, String change, Recorded recorded) {
        ledger.noteDuplicate(recorded.id(), system, change);
        return new WebhookReceipt(recordId, change, recorded.id(), Outcome.DUPLICATE, recorded.messageType(),
                recorded.entityKey(), null, null, null);
    }

    private WebhookReceipt parkBehind(String system, CrmEventTranslator translator, ChangeEvent event,
                                      String recordId, String messageType, ParkedMessage ahead) {
        String change = event.sourceChangeId(recordId);
        String entityKey = ledger.recorded(system, ahead.messageId()).map(Recorded::entityKey)
                .orElse(system + ":" + event.header().entityName() + "/" + recordId);
        String reason = CrmChangeLedger.waitsBehind(ahead);
        UUID id = ledger.park(system, event, recordId, ledger.sameCodeAs(ahead, translator.flow(), change),
                messageType, entityKey, List.of(entityKey), reason);
        return new WebhookReceipt(recordId, change, id, Outcome.PARKED, messageType, entityKey, null, null, reason);
    }

    private WebhookReceipt reject(String system, ChangeEvent event, String recordId, String messageType,
                                  String entityKey, String reason) {
        String change = event.sourceChangeId(recordId);
        UUID id = ledger.reject(system, event.json(), change, messageType, entityKey, List.of(entityKey), reason);
        return new WebhookReceipt(recordId, change, id, Outcome.REJECTED, messageType, entityKey, null, null, reason);
    }
}
