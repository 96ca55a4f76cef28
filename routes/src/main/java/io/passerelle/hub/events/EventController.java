package io.passerelle.hub.events;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.event.BoundaryEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Boundary events for operators and planning tools: declare one (a line stoppage from the shop floor, a
 * launch moved by a planning tool), and look any event up with its impact — who was told what, when, in
 * which of their codes.
 */
@RestController
@RequestMapping("/api/events")
@Tag(name = "Boundary events")
public class EventController {

    static final int MAX_BODY_BYTES = 256 * 1024;

    private final BoundaryEvents events;
    private final EventImpacts impacts;
    private final JdbcTemplate jdbc;

    public EventController(BoundaryEvents events, EventImpacts impacts, JdbcTemplate jdbc) {
        this.events = events;
        this.impacts = impacts;
        this.jdbc = jdbc;
    }

    @PostMapping
    @Operation(summary = "Declare a boundary event, in canonical codes (JSON with its \"type\", e.g. LineStoppageDeclared)."
            + " Send an Idempotency-Key header to make a retried call harmless.")
    public ResponseEntity<BoundaryEvents.Receipt> declare(
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Principal user, HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        BoundaryEvent event = CanonicalJson.read(new String(body, StandardCharsets.UTF_8), BoundaryEvent.class);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey;
        BoundaryEvents.Receipt receipt = events.accept("api:" + user.getName(), key, event);
        return ResponseEntity.status(receipt.outcome() == BoundaryEvents.Outcome.ACCEPTED ? HttpStatus.CREATED
                : HttpStatus.OK).body(receipt);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An event with its impact (order lines moved), its notices and their deliveries")
    public Map<String, Object> event(@PathVariable UUID id) {
        List<Map<String, Object>> found = jdbc.queryForList("SELECT id, source_system, source_change_id, message_type"
                + " AS event_type, entity_key, canonical::text AS event, received_at FROM hub_message WHERE id = ?"
                + " AND message_type = ANY (?)", id, Subscriptions.EVENT_TYPES.toArray(String[]::new));
        if (found.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no boundary event " + id);
        }
        Map<String, Object> view = new LinkedHashMap<>(found.get(0));
        view.put("impact", impacts.of(id));
        view.put("notices", jdbc.queryForList("SELECT o.id, o.subscriber, o.message_type, o.entity_key,"
                + " o.payload::text AS payload, o.status, o.attempts, o.last_error, o.created_at, o.delivered_at,"
                + " (SELECT h.detail FROM hub_message_hop h WHERE h.message_id = o.message_id AND h.system = o.subscriber"
                + "   AND h.step = 'DELIVERED' ORDER BY h.id DESC LIMIT 1) AS delivered_as"
                + " FROM hub_outbox o WHERE o.message_id = ? ORDER BY o.id", id));
        view.put("hops", jdbc.queryForList("SELECT at, system, step, detail FROM hub_message_hop WHERE message_id = ?"
                + " ORDER BY id", id));
        return view;
    }

    @GetMapping
    @Operation(summary = "Events, newest first, by type and entity (product:…, promotion:…, production-line:P1/L2)")
    public List<Map<String, Object>> list(@RequestParam(required = false) String type,
                                          @RequestParam(required = false) String entity,
                                          @RequestParam(defaultValue = "50") int limit) {
        return jdbc.queryForList("SELECT id, source_system, message_type AS event_type, entity_key, received_at,"
                        + " (SELECT count(*) FROM hub_event_impact i WHERE i.message_id = m.id) AS order_lines_hit,"
                        + " (SELECT count(*) FROM hub_outbox o WHERE o.message_id = m.id) AS notices,"
                        + " (SELECT count(*) FROM hub_outbox o WHERE o.message_id = m.id AND o.status = 'DELIVERED') AS delivered"
                        + " FROM hub_message m WHERE message_type = ANY (?) AND status = 'ACCEPTED'"
                        + " AND (CAST(? AS text) IS NULL OR message_type = ?) AND (CAST(? AS text) IS NULL OR entity_key = ?)"
                        + " ORDER BY received_at DESC LIMIT ?",
                Subscriptions.EVENT_TYPES.toArray(String[]::new), type, type, entity, entity, Math.min(limit, 1000));
    }

    private static ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "an event is limited to " + MAX_BODY_BYTES + " bytes");
    }
}
