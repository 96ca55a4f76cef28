package io.passerelle.hub.events;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.hub.tracking.MessageLog;
import io.passerelle.hub.api.BoundedBody;
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
    private final EventLog log;
    private final MessageLog messages;

    public EventController(BoundaryEvents events, EventImpacts impacts, EventLog log, MessageLog messages) {
        this.events = events;
        this.impacts = impacts;
        this.log = log;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "Declare a boundary event, in canonical codes (JSON with its \"type\", e.g. LineStoppageDeclared)."
            + " Send an Idempotency-Key header to make a retried call harmless.")
    public ResponseEntity<BoundaryEvents.Receipt> declare(
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Principal user, HttpServletRequest request) throws IOException {
        byte[] body = BoundedBody.read(request, MAX_BODY_BYTES,
                "an event is limited to " + MAX_BODY_BYTES + " bytes");
        BoundaryEvent event = CanonicalJson.read(new String(body, StandardCharsets.UTF_8), BoundaryEvent.class);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey;
        BoundaryEvents.Receipt receipt = events.accept("api:" + user.getName(), key, event);
        return ResponseEntity.status(receipt.outcome() == BoundaryEvents.Outcome.ACCEPTED ? HttpStatus.CREATED
                : HttpStatus.OK).body(receipt);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An event with its impact (order lines moved), its notices and their deliveries")
    public Map<String, Object> event(@PathVariable UUID id) {
        Map<String, Object> view = new LinkedHashMap<>(log.find(id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no boundary event " + id)));
        view.put("impact", impacts.of(id));
        view.put("notices", log.notices(id));
        view.put("hops", messages.hops(id));
        return view;
    }

    @GetMapping
    @Operation(summary = "Events, newest first, by type and entity (product:…, promotion:…, production-line:P1/L2)")
    public List<Map<String, Object>> list(@RequestParam(required = false) String type,
                                          @RequestParam(required = false) String entity,
                                          @RequestParam(defaultValue = "50") int limit) {
        return log.list(type, entity, limit);
    }
}
