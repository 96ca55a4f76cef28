package io.passerelle.mappings.xref;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place where messages stopped by an unknown code wait, whatever flow they came from. When the
 * code is mapped, its messages are replayed in arrival order, each exactly once: a per-code advisory lock
 * orders the replayers of all hub instances, and the replayed mark commits with the flow's own work.
 */
public class ParkingLot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ParkingLot.class);

    private final ConversionTables tables;
    private final UnmappedCodeInbox inbox;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Map<String, ParkedMessageHandler> handlers = new ConcurrentHashMap<>();
    private final ExecutorService replayer = Executors.newSingleThreadExecutor(
            BackgroundThreads.named("parked-message-replayer"));

    public ParkingLot(ConversionTables tables, UnmappedCodeInbox inbox) {
        this.tables = tables;
        this.inbox = inbox;
        this.jdbc = tables.jdbc();
        this.transactions = tables.transactions();
        tables.whenMapped(mapping -> replayer.execute(() ->
                replay(mapping.domain(), mapping.system(), mapping.externalCode())));
    }

    /** The flow a parked message goes back to; flows register at start. */
    public void register(String flow, ParkedMessageHandler handler) {
        handlers.put(flow, handler);
    }

    public long park(UnmappedCodeException reason, String messageId, String body, Map<String, String> headers) {
        CodeSighting s = reason.sighting();
        return jdbc.queryForObject("INSERT INTO xref_parked_message (domain, system, external_code, flow, message_id,"
                        + " body, headers) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb)) RETURNING id", Long.class,
                s.domain(), s.system(), s.code(), s.flow(), messageId, body, json(headers));
    }

    public List<ParkedMessage> waiting(String domain, String system, String code) {
        return jdbc.query("SELECT * FROM xref_parked_message WHERE status = 'PARKED'"
                        + " AND (CAST(? AS text) IS NULL OR domain = ?) AND (CAST(? AS text) IS NULL OR system = ?)"
                        + " AND (CAST(? AS text) IS NULL OR external_code = ?) ORDER BY id",
                MESSAGE, domain, domain, system, system, code, code);
    }

    /**
     * The newest message of a flow still waiting whose headers include the given ones (e.g. the same source
     * record): a flow that keeps one record's changes in order parks a later change behind it.
     */
    public Optional<ParkedMessage> newestWaiting(String flow, Map<String, String> headers) {
        return jdbc.query("SELECT * FROM xref_parked_message WHERE status = 'PARKED' AND flow = ?"
                + " AND headers @> CAST(? AS jsonb) ORDER BY id DESC LIMIT 1", MESSAGE, flow, json(headers))
                .stream().findFirst();
    }

    /** Replays, oldest first, every message parked for this code; returns how many went through. */
    public int replay(String domain, String system, String code) {
        int replayed = 0;
        while (true) {
            Boolean progressed;
            try {
                progressed = transactions.execute(status -> replayOldest(domain, system, code, status));
            } catch (RuntimeException e) {
                log.warn("Replay of a message parked for {}/{} '{}' failed; it stays parked, in order: {}",
                        domain, system, code, e.getMessage());
                return replayed;
            }
            if (!Boolean.TRUE.equals(progressed)) {
                return replayed;
            }
            replayed++;
        }
    }

    /** Replays whatever waits for a code that is mapped by now: a safety net after a crash or a missed event. */
    public int replayWhereMapped() {
        List<Map<String, Object>> keys = jdbc.queryForList("SELECT DISTINCT domain, system, external_code"
                + " FROM xref_parked_message WHERE status = 'PARKED'");
        int replayed = 0;
        for (Map<String, Object> key : keys) {
            String domain = (String) key.get("domain");
            String system = (String) key.get("system");
            String code = (String) key.get("external_code");
            if (tables.cache().canonicalOf(domain, system, code, LocalDate.now()) != null) {
                replayed += replay(domain, system, code);
            }
        }
        return replayed;
    }

    private Boolean replayOldest(String domain, String system, String code,
                                 org.springframework.transaction.TransactionStatus status) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext('parked:' || ? || '/' || ? || '/' || ?))",
                domain, system, code);
        List<ParkedMessage> oldest = jdbc.query("SELECT * FROM xref_parked_message WHERE status = 'PARKED'"
                + " AND domain = ? AND system = ? AND external_code = ? ORDER BY id LIMIT 1", MESSAGE, domain, system, code);
        if (oldest.isEmpty()) {
            return false;
        }
        ParkedMessage message = oldest.get(0);
        ParkedMessageHandler handler = handlers.get(message.flow());
        if (handler == null) {
            log.warn("No flow '{}' registered to replay parked message #{}; it stays parked", message.flow(), message.id());
            return false;
        }
        Object savepoint = status.createSavepoint();
        try {
            handler.replay(message);
            status.releaseSavepoint(savepoint);
        } catch (UnmappedCodeException stillUnknown) {
            if (!stillUnknown.mustPark()) {
                throw stillUnknown;
            }
            status.rollbackToSavepoint(savepoint);
            CodeSighting next = stillUnknown.sighting();
            inbox.record(next);
            jdbc.update("UPDATE xref_parked_message SET domain = ?, system = ?, external_code = ? WHERE id = ?",
                    next.domain(), next.system(), next.code(), message.id());
            log.info("Parked message #{} now waits for {}/{} '{}'", message.id(), next.domain(), next.system(), next.code());
            return true;
        }
        jdbc.update("UPDATE xref_parked_message SET status = 'REPLAYED', replayed_at = now() WHERE id = ?", message.id());
        return true;
    }

    @Override
    public void close() {
        replayer.shutdownNow();
    }

    private static final RowMapper<ParkedMessage> MESSAGE = (rs, row) -> new ParkedMessage(
            rs.getLong("id"), rs.getString("domain"), rs.getString("system"), rs.getString("external_code"),
            rs.getString("flow"), rs.getString("message_id"), rs.getString("body"), readHeaders(rs.getString("headers")),
            rs.getTimestamp("parked_at").toInstant(), rs.getString("status"));

    private static Map<String, String> readHeaders(String json) {
        try {
            return MappingStore.JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Map<String, String> headers) {
        try {
            return MappingStore.JSON.writeValueAsString(headers == null ? Map.of() : headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
