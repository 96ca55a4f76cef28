package io.passerelle.hub.connector.edi;

import io.passerelle.hub.security.PartnerUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Interchanges as operators follow them: received and sent, their outcome and report, the acknowledgement
 * each got; a failed or rejected file read again from its archived copy once the cause is fixed. A trading
 * partner's user sees that partner's interchanges only, and another partner's as if they did not exist.
 */
@RestController
@RequestMapping("/api/edi/interchanges")
@Tag(name = "EDI interchanges")
public class EdiController {

    private final EdiInterchanges interchanges;
    private final EdiInterchangeIntake intake;
    private final EdiPartners partners;
    private final PartnerUsers partnerUsers;

    public EdiController(EdiInterchanges interchanges, EdiInterchangeIntake intake, EdiPartners partners,
                         PartnerUsers partnerUsers) {
        this.interchanges = interchanges;
        this.intake = intake;
        this.partners = partners;
        this.partnerUsers = partnerUsers;
    }

    @GetMapping
    @Operation(summary = "Interchanges, newest first, by partner, direction (IN, OUT) and status;"
            + " a partner's user gets its own partner's only")
    public List<Map<String, Object>> list(@RequestParam(required = false) String partner,
                                         @RequestParam(required = false) String direction,
                                         @RequestParam(required = false) String status,
                                         @RequestParam(defaultValue = "100") int limit,
                                         Authentication caller) {
        Optional<String> own = partnerUsers.restrictedTo(caller);
        if (own.isPresent() && partner != null && !partner.equals(own.get())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, caller.getName() + " sees the interchanges of "
                    + own.get() + " only");
        }
        return interchanges.list(own.orElse(partner), direction, status, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One interchange with its report (interchange, message, segment, element, expected, found)")
    public Map<String, Object> interchange(@PathVariable long id, Authentication caller) {
        Optional<String> own = partnerUsers.restrictedTo(caller);
        Map<String, Object> found = find(id);
        if (own.isEmpty()) {
            return found;
        }
        if (!own.get().equals(found.get("partner"))) {
            // Another partner's interchange is answered as missing: its very existence is not the caller's business.
            throw notFound(id);
        }
        // Where the hub keeps its copy is the hub's business, not the partner's.
        Map<String, Object> view = new LinkedHashMap<>(found);
        view.remove("archived_as");
        return view;
    }

    @PostMapping("/{id}/reprocess")
    @Operation(summary = "Read a received file again from its archived copy (a failed or rejected one, once fixed)")
    public Map<String, Object> reprocess(@PathVariable long id) {
        Map<String, Object> found = find(id);
        if (!"IN".equals(found.get("direction"))) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "interchange " + id + " was sent, not received");
        }
        String partner = (String) found.get("partner");
        if (!partners.all().containsKey(partner)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "partner " + partner + " is no longer declared");
        }
        Path archived = Path.of((String) found.get("archived_as"));
        if (!Files.isReadable(archived)) {
            throw new ResponseStatusException(HttpStatus.GONE, "the archived copy " + archived + " is no longer there");
        }
        EdiInterchangeIntake.Outcome outcome = intake.take(partner, id, archived);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("status", outcome.status());
        view.put("accepted", outcome.accepted());
        view.put("parked", outcome.parked());
        view.put("rejected", outcome.rejected());
        view.put("report", outcome.report());
        return view;
    }

    private Map<String, Object> find(long id) {
        return interchanges.find(id).orElseThrow(() -> notFound(id));
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no interchange " + id);
    }
}
