package io.passerelle.hub.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Deliveries as operators watch them: pending, delivered, dead; dead ones can be replayed. */
@RestController
@RequestMapping("/api/deliveries")
@Tag(name = "Deliveries")
public class DeliveryController {

    private final Outbox outbox;

    public DeliveryController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    @Operation(summary = "Deliveries, newest first, by status (PENDING, DELIVERED, DEAD) and subscriber")
    public List<Map<String, Object>> list(@RequestParam(required = false) String status,
                                          @RequestParam(required = false) String subscriber,
                                          @RequestParam(defaultValue = "100") int limit) {
        return outbox.list(status, subscriber, limit);
    }

    @PostMapping("/{id}/replay")
    @Operation(summary = "Put a dead delivery back in line")
    public Map<String, Object> replay(@PathVariable long id) {
        if (!outbox.replay(id)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "delivery #" + id + " is not dead");
        }
        return Map.of("id", id, "status", "PENDING");
    }
}
