package io.passerelle.hub.tracking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Where a message came from, its canonical form, where it went and when, and any error. */
@RestController
@RequestMapping("/api/messages")
@Tag(name = "Message tracking")
public class TrackingController {

    private final MessageLog log;

    public TrackingController(MessageLog log) {
        this.log = log;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A message with its hops and deliveries")
    public Map<String, Object> message(@PathVariable UUID id) {
        Map<String, Object> message = log.message(id);
        if (message == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no message " + id);
        }
        Map<String, Object> view = new LinkedHashMap<>(message);
        view.put("hops", log.hops(id));
        view.put("deliveries", log.deliveries(id));
        return view;
    }

    /** Each message listed comes with its hops and deliveries: a few queries each, so a page stays short. */
    private static final int MOST_LISTED = 200;
    private static final Set<String> STATUSES = Set.of("ACCEPTED", "PARKED", "REJECTED");

    @GetMapping
    @Operation(summary = "Messages newest first: those carrying a business key (gtin:…, gln:…, order:…, product:…),"
            + " or those in a status (PARKED: waiting for a code, REJECTED: with the reason, ACCEPTED), from a source"
            + " system and of a message type when given; at most 200")
    public List<Map<String, Object>> find(@RequestParam(required = false) String key,
                                          @RequestParam(required = false) String status,
                                          @RequestParam(required = false) String source,
                                          @RequestParam(required = false) String type,
                                          @RequestParam(defaultValue = "50") int limit) {
        int page = Math.max(1, Math.min(limit, MOST_LISTED));
        if (key != null) {
            return log.byBusinessKey(key, page).stream().map(this::message).toList();
        }
        if (status == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "say which messages: key=<business key> (gtin:…, gln:…, order:…) or status=PARKED|REJECTED|ACCEPTED");
        }
        String wanted = status.toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(wanted)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "status '" + status + "' is not one of ACCEPTED, PARKED, REJECTED");
        }
        return log.byStatus(wanted, source, type, page).stream().map(this::message).toList();
    }
}
