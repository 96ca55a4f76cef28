package io.passerelle.hub.ingress;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.hub.delivery.Outbox;
import io.passerelle.hub.metrics.FlowCounters;
import io.passerelle.hub.system.ConnectedSystems;
import io.passerelle.hub.tracking.MessageLog;
import io.passerelle.mappings.xref.PlannerStatistics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * A change is recorded once per source change. One parked earlier comes back under the same identity and
     * is accepted now, with what it is about (known only once its code is mapped); one already accepted is
     * left alone, and the statement returns no row for it.
     */
    private static final String ACCEPT_ONCE = " ON CONFLICT (source_system, source_change_id) DO UPDATE SET"
            + " status = 'ACCEPTED', entity_key = EXCLUDED.entity_key, business_keys = EXCLUDED.business_keys,"
            + " canonical = EXCLUDED.canonical, error = NULL WHERE hub_message.status <> 'ACCEPTED'";

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final ConnectedSystems systems;
    private final MessageLog log;
    private final PlannerStatistics statistics;
    private final FlowCounters counters;
    /** Analyzed without the canonical documents. */
    private static final PlannerStatistics.Table MESSAGES = PlannerStatistics.Table.of("hub_message",
            "id", "source_system", "source_change_id", "message_type", "entity_key", "business_keys", "received_at",
            "status");

    public HubIngress(JdbcTemplate jdbc, Outbox outbox, ConnectedSystems systems, MessageLog log,
                      PlannerStatistics statistics, FlowCounters counters) {
        this.jdbc = jdbc;
        this.counters = counters;
        this.statistics = statistics;
        this.outbox = outbox;
        this.systems = systems;
        this.log = log;
    }

    @Transactional
    public Receipt accept(InboundChange change) {
        return acceptAll(List.of(change)).get(0);
    }

    /**
     * A batch of changes (a claimed batch of an interface table) accepted in one transaction and a few
     * statements, whatever its size: each recorded once per source change, queued for every subscribed
     * system, tracked. Receipts come in the order of the changes.
     */
    @Transactional
    public List<Receipt> acceptAll(List<InboundChange> changes) {
        List<Recorded> recorded = recordAll(changes);
        List<MessageLog.Hop> hops = new ArrayList<>();
        List<Outbox.NewEntry> queued = new ArrayList<>();
        List<Receipt> receipts = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            InboundChange change = changes.get(i);
            Recorded record = recorded.get(i);
            hops.add(record.hop(change));
            if (!record.accepted()) {
                receipts.add(new Receipt(record.messageId(), Outcome.DUPLICATE, List.of()));
                continue;
            }
            List<String> subscribers = systems.subscribersOf(change.messageType(), change.sourceSystem());
            for (String subscriber : subscribers) {
                queued.add(new Outbox.NewEntry(record.messageId(), subscriber, change.entityKey(),
                        change.messageType(), record.canonicalJson()));
            }
            hops.add(new MessageLog.Hop(record.messageId(), "hub", "QUEUED",
                    subscribers.isEmpty() ? "no subscriber" : "for " + String.join(", ", subscribers)));
            receipts.add(new Receipt(record.messageId(), Outcome.ACCEPTED, subscribers));
        }
        outbox.enqueueAll(queued);
        log.hops(hops);
        return receipts;
    }

    /**
     * How a change was recorded: as a new message, or as a duplicate of the one it already is.
     *
     * @param canonicalJson the canonical form as stored (null for a duplicate)
     */
    public record Recorded(UUID messageId, boolean accepted, String canonicalJson) {

        /** The change's first hop: received, or noted as a duplicate on the message it already is. */
        public MessageLog.Hop hop(InboundChange change) {
            return accepted ? new MessageLog.Hop(messageId, change.sourceSystem(), "RECEIVED",
                    change.messageType() + " " + change.entityKey())
                    : new MessageLog.Hop(messageId, change.sourceSystem(), "DUPLICATE",
                    "change " + change.sourceChangeId() + " already applied");
        }
    }

    /**
     * Records many changes in one statement, each once per source change (the same change twice in the list:
     * the second is a duplicate of the first). Results come in the order of the changes. The caller writes
     * each one's {@link Recorded#hop first hop} and queues what must go out, in the same transaction: a
     * batch's hops then take one statement, not one per change.
     */
    @Transactional
    public List<Recorded> recordAll(List<InboundChange> changes) {
        Map<String, InboundChange> distinct = new LinkedHashMap<>();
        changes.forEach(change -> distinct.putIfAbsent(key(change.sourceSystem(), change.sourceChangeId()), change));
        List<InboundChange> batch = List.copyOf(distinct.values());
        if (batch.isEmpty()) {
            return List.of();
        }
        List<String> json = batch.stream().map(change -> CanonicalJson.write(change.canonical())).toList();
        Map<String, UUID> accepted = new HashMap<>();
        jdbc.query("INSERT INTO hub_message (id, source_system, source_change_id, message_type, entity_key,"
                        + " business_keys, canonical, status)"
                        + " SELECT c.id::uuid, c.source, c.change, c.type, c.entity,"
                        + "   ARRAY(SELECT jsonb_array_elements_text(c.keys::jsonb)), c.canonical::jsonb, 'ACCEPTED'"
                        + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[])"
                        + "   AS c(id, source, change, type, entity, keys, canonical, ord) ORDER BY c.ord"
                        + ACCEPT_ONCE
                        + " RETURNING id, source_system, source_change_id",
                rs -> {
                    accepted.put(key(rs.getString(2), rs.getString(3)), rs.getObject(1, UUID.class));
                },
                batch.stream().map(change -> UUID.randomUUID().toString()).toArray(String[]::new),
                batch.stream().map(InboundChange::sourceSystem).toArray(String[]::new),
                batch.stream().map(InboundChange::sourceChangeId).toArray(String[]::new),
                batch.stream().map(InboundChange::messageType).toArray(String[]::new),
                batch.stream().map(InboundChange::entityKey).toArray(String[]::new),
                batch.stream().map(change -> CanonicalJson.write(change.businessKeys())).toArray(String[]::new),
                json.toArray(String[]::new),
                java.util.stream.IntStream.range(0, batch.size()).boxed().toArray(Integer[]::new));
        statistics.wrote(MESSAGES, accepted.size());
        Map<String, UUID> duplicates = batch.size() == accepted.size() ? Map.of() : existingIds(batch, accepted);
        Map<String, Recorded> recorded = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            String key = key(batch.get(i).sourceSystem(), batch.get(i).sourceChangeId());
            UUID id = accepted.get(key);
            recorded.put(key, id != null ? new Recorded(id, true, json.get(i)) : new Recorded(duplicates.get(key), false, null));
        }
        List<Recorded> results = changes.stream().map(change -> {
            String key = key(change.sourceSystem(), change.sourceChangeId());
            Recorded record = recorded.get(key);
            return change == distinct.get(key) ? record : new Recorded(record.messageId(), false, null);
        }).toList();
        count(changes, results);
        return results;
    }

    /** The batch's outcomes counted per source system and message type, one counter update per group. */
    private void count(List<InboundChange> changes, List<Recorded> results) {
        Map<List<Object>, Long> groups = new HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            InboundChange change = changes.get(i);
            groups.merge(List.of(change.sourceSystem(), change.messageType(), results.get(i).accepted()), 1L, Long::sum);
        }
        groups.forEach((group, count) -> counters.received((String) group.get(0), (String) group.get(1),
                (Boolean) group.get(2) ? FlowCounters.Received.ACCEPTED : FlowCounters.Received.DUPLICATE, count));
    }

    private Map<String, UUID> existingIds(List<InboundChange> batch, Map<String, UUID> accepted) {
        Map<String, UUID> ids = new HashMap<>();
        List<InboundChange> duplicates = batch.stream()
                .filter(c -> !accepted.containsKey(key(c.sourceSystem(), c.sourceChangeId()))).toList();
        jdbc.query("SELECT m.id, m.source_system, m.source_change_id FROM hub_message m"
                        + " JOIN unnest(?::text[], ?::text[]) AS d(source, change)"
                        + "   ON m.source_system = d.source AND m.source_change_id = d.change",
                rs -> {
                    ids.put(key(rs.getString(2), rs.getString(3)), rs.getObject(1, UUID.class));
                },
                duplicates.stream().map(InboundChange::sourceSystem).toArray(String[]::new),
                duplicates.stream().map(InboundChange::sourceChangeId).toArray(String[]::new));
        return ids;
    }

    private static String key(String sourceSystem, String sourceChangeId) {
        return sourceSystem + "\u0000" + sourceChangeId;
    }

    /**
     * Records a change once per source change; empty when it was already accepted (the duplicate is noted in
     * the original's hops). The caller queues what must go out, in the same transaction.
     */
    @Transactional
    public Optional<UUID> record(InboundChange change) {
        String json = CanonicalJson.write(change.canonical());
        // The RECEIVED hop is written by the same statement: one round trip per change.
        List<UUID> inserted = jdbc.queryForList("WITH m AS (INSERT INTO hub_message (id, source_system, source_change_id,"
                        + " message_type, entity_key, business_keys, canonical, status)"
                        + " VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), 'ACCEPTED')"
                        + ACCEPT_ONCE
                        + " RETURNING id)"
                        + " INSERT INTO hub_message_hop (message_id, system, step, detail)"
                        + " SELECT id, ?, 'RECEIVED', ? FROM m RETURNING message_id", UUID.class,
                UUID.randomUUID(), change.sourceSystem(), change.sourceChangeId(), change.messageType(),
                change.entityKey(), change.businessKeys().toArray(String[]::new), json,
                change.sourceSystem(), change.messageType() + " " + change.entityKey());
        if (inserted.isEmpty()) {
            UUID existing = existingId(change.sourceSystem(), change.sourceChangeId());
            log.hop(existing, change.sourceSystem(), "DUPLICATE", "change " + change.sourceChangeId() + " already applied");
            counters.received(change.sourceSystem(), change.messageType(), FlowCounters.Received.DUPLICATE, 1);
            return Optional.empty();
        }
        counters.received(change.sourceSystem(), change.messageType(), FlowCounters.Received.ACCEPTED, 1);
        return Optional.of(inserted.get(0));
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
        counters.received(sourceSystem, messageType, parked ? FlowCounters.Received.PARKED : FlowCounters.Received.REJECTED, 1);
        return id;
    }

    /** The message a source change was recorded as. */
    private UUID existingId(String sourceSystem, String sourceChangeId) {
        return jdbc.queryForObject("SELECT id FROM hub_message WHERE source_system = ? AND source_change_id = ?",
                UUID.class, sourceSystem, sourceChangeId);
    }
}
