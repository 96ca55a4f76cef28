package io.passerelle.hub.ingress;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.hub.delivery.Outbox;
import io.passerelle.hub.system.ConnectedSystems;
import io.passerelle.hub.tracking.MessageLog;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into the hub's core: a translated change is recorded (once per source change) and queued
 * for every subscribed system, in one transaction.
 */
@Component
public class HubIngress {

    public enum Outcome { ACCEPTED, DUPLICATE }

    public record Receipt(UUID messageId, Outcome outcome, List<String> subscribers) {
    }

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final ConnectedSystems systems;
    private final MessageLog log;

    public HubIngress(JdbcTemplate jdbc, Outbox outbox, ConnectedSystems systems, MessageLog log) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.systems = systems;
        this.log = log;
    }

    @Transactional
    public Receipt accept(InboundChange change) {
        Optional<UUID> recorded = record(change);
        if (recorded.isEmpty()) {
            return new Receipt(existingId(change), Outcome.DUPLICATE, List.of());
        }
        UUID id = recorded.get();
        String json = CanonicalJson.write(change.canonical());
        List<String> subscribers = systems.subscribersOf(change.messageType(), change.sourceSystem());
        for (String subscriber : subscribers) {
            outbox.enqueue(id, subscriber, change.entityKey(), change.messageType(), json);
        }
        log.hop(id, "hub", "QUEUED", subscribers.isEmpty() ? "no subscriber" : "for " + String.join(", ", subscribers));
        return new Receipt(id, Outcome.ACCEPTED, subscribers);
    }

    /**
     * Records a change once per source change; empty when it was already accepted (the duplicate is noted in
     * the original's hops). The caller queues what must go out, in the same transaction.
     */
    @Transactional
    public Optional<UUID> record(InboundChange change) {
        String json = CanonicalJson.write(change.canonical());
        // A change parked earlier comes back under the same identity: it is accepted now, once.
        List<UUID> inserted = jdbc.queryForList("INSERT INTO hub_message (id, source_system, source_change_id,"
                        + " message_type, entity_key, business_keys, canonical, status)"
                        + " VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), 'ACCEPTED')"
                        + " ON CONFLICT (source_system, source_change_id) DO UPDATE SET status = 'ACCEPTED',"
                        // What a parked change is about may only be known once its code is mapped.
                        + " entity_key = EXCLUDED.entity_key, business_keys = EXCLUDED.business_keys,"
                        + " canonical = EXCLUDED.canonical, error = NULL WHERE hub_message.status <> 'ACCEPTED'"
                        + " RETURNING id", UUID.class,
                UUID.randomUUID(), change.sourceSystem(), change.sourceChangeId(), change.messageType(),
                change.entityKey(), change.businessKeys().toArray(String[]::new), json);
        if (inserted.isEmpty()) {
            UUID existing = existingId(change);
            log.hop(existing, change.sourceSystem(), "DUPLICATE", "change " + change.sourceChangeId() + " already applied");
            return Optional.empty();
        }
        UUID id = inserted.get(0);
        log.hop(id, change.sourceSystem(), "RECEIVED", change.messageType() + " " + change.entityKey());
        return Optional.of(id);
    }

    /** Records a change that could not go through (parked for a code, or rejected), so it can be found. */
    @Transactional
    public UUID refuse(String sourceSystem, String sourceChangeId, String messageType, String entityKey,
                       List<String> businessKeys, boolean parked, String reason) {
        List<UUID> ids = jdbc.queryForList("INSERT INTO hub_message (id, source_system, source_change_id, message_type,"
                        + " entity_key, business_keys, status, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (source_system, source_change_id) DO UPDATE SET status = EXCLUDED.status,"
                        + " error = EXCLUDED.error WHERE hub_message.status <> 'ACCEPTED' RETURNING id", UUID.class,
                UUID.randomUUID(), sourceSystem, sourceChangeId, messageType, entityKey,
                businessKeys.toArray(String[]::new), parked ? "PARKED" : "REJECTED", reason);
        UUID id = ids.isEmpty() ? existingId(sourceSystem, sourceChangeId) : ids.get(0);
        log.hop(id, sourceSystem, parked ? "PARKED" : "REJECTED", reason);
        return id;
    }

    private UUID existingId(InboundChange change) {
        return existingId(change.sourceSystem(), change.sourceChangeId());
    }

    /** The message a source change was recorded as. */
    public UUID existingId(String sourceSystem, String sourceChangeId) {
        return jdbc.queryForObject("SELECT id FROM hub_message WHERE source_system = ? AND source_change_id = ?",
                UUID.class, sourceSystem, sourceChangeId);
    }
}
