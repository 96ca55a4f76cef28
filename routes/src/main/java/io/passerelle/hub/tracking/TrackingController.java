package io.passerelle.hub.tracking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @GetMapping
    @Operation(summary = "Messages carrying a business key, newest first: gtin:…, gln:…, order:…, product:…")
    public List<Map<String, Object>> byKey(@RequestParam String key, @RequestParam(defaultValue = "50") int limit) {
        return log.byBusinessKey(key, limit).stream().map(this::message).toList();
    }
}
