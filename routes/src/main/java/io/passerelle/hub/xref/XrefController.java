package io.passerelle.hub.xref;

import io.passerelle.hub.xref.XrefRequests.AcceptRequest;
import io.passerelle.hub.xref.XrefRequests.BulkAcceptRequest;
import io.passerelle.hub.xref.XrefRequests.CanonicalRequest;
import io.passerelle.hub.xref.XrefRequests.MappingRequest;
import io.passerelle.hub.xref.XrefRequests.RestoreRequest;
import io.passerelle.hub.xref.XrefRequests.RetireRequest;
import io.passerelle.mappings.xref.AuditEntry;
import io.passerelle.mappings.xref.CanonicalEntry;
import io.passerelle.mappings.xref.ChangeAuthor;
import io.passerelle.mappings.xref.ConversionTables;
import io.passerelle.mappings.xref.InboxEntry;
import io.passerelle.mappings.xref.InboxFilter;
import io.passerelle.mappings.xref.Mapping;
import io.passerelle.mappings.xref.MappingCsv;
import io.passerelle.mappings.xref.ParkedMessage;
import io.passerelle.mappings.xref.ParkingLot;
import io.passerelle.mappings.xref.UnmappedCodeInbox;
import io.passerelle.mappings.xref.XrefDomain;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The data stewards' API over the conversion tables. Reading needs any hub role but partner; writing, steward. */
@RestController
@RequestMapping("/api/xref")
@Tag(name = "Conversion tables", description = "Codes of every system mapped to the canonical ones, maintained by stewards")
public class XrefController {

    static final int MAX_CSV_BYTES = 5 * 1024 * 1024;

    private final ConversionTables tables;
    private final UnmappedCodeInbox inbox;
    private final ParkingLot parking;
    private final MappingCsv csv;

    public XrefController(ConversionTables tables, UnmappedCodeInbox inbox, ParkingLot parking, MappingCsv csv) {
        this.tables = tables;
        this.inbox = inbox;
        this.parking = parking;
        this.csv = csv;
    }

    @GetMapping("/domains")
    @Operation(summary = "Declared domains with their natural keys, system of record and missing-code policies")
    public List<XrefDomain> domains() {
        return List.copyOf(tables.domains().all());
    }

    @GetMapping("/domains/{domain}/canonical")
    @Operation(summary = "Search canonical codes by code or label")
    public List<CanonicalEntry> canonical(@PathVariable String domain, @RequestParam(required = false) String q,
                                          @RequestParam(defaultValue = "100") int limit) {
        return tables.searchCanonical(domain, q, limit);
    }

    @PostMapping("/domains/{domain}/canonical")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a canonical code (generated when none is given)")
    public CanonicalEntry createCanonical(@PathVariable String domain, @Valid @RequestBody CanonicalRequest request,
                                          Principal user) {
        return tables.createCanonical(domain, request.code(), request.label(), request.naturalKeys(),
                ChangeAuthor.steward(user.getName(), request.reason()));
    }

    @GetMapping("/domains/{domain}/mappings")
    @Operation(summary = "Search a domain's mappings by system and code (external or canonical)")
    public List<Mapping> mappings(@PathVariable String domain, @RequestParam(required = false) String system,
                                  @RequestParam(required = false) String q, @RequestParam(defaultValue = "100") int limit) {
        return tables.search(domain, system, q, limit);
    }

    @PostMapping("/domains/{domain}/mappings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a mapping; refused if it overlaps, makes a reverse lookup ambiguous or names an unknown canonical code")
    public Mapping create(@PathVariable String domain, @Valid @RequestBody MappingRequest request, Principal user) {
        return tables.create(toMapping(null, domain, request), ChangeAuthor.steward(user.getName(), request.reason()));
    }

    @GetMapping("/mappings/{id}")
    public Mapping mapping(@PathVariable long id) {
        return tables.find(id);
    }

    @PutMapping("/mappings/{id}")
    @Operation(summary = "Change a mapping (same checks as creation)")
    public Mapping update(@PathVariable long id, @Valid @RequestBody MappingRequest request, Principal user) {
        Mapping current = tables.find(id);
        return tables.update(id, toMapping(id, current.domain(), request),
                ChangeAuthor.steward(user.getName(), request.reason()));
    }

    @PostMapping("/mappings/{id}/retire")
    @Operation(summary = "End a mapping's validity (today by default); it stays for history and as-of lookups")
    public Mapping retire(@PathVariable long id, @Valid @RequestBody RetireRequest request, Principal user) {
        return tables.retire(id, request.endingOn(), ChangeAuthor.steward(user.getName(), request.reason()));
    }

    @GetMapping("/mappings/{id}/history")
    @Operation(summary = "Every change to a mapping: who, when, why, before and after")
    public List<AuditEntry> history(@PathVariable long id) {
        return tables.history(id);
    }

    @GetMapping("/domains/{domain}/lookup")
    @Operation(summary = "Translate a system's code to the canonical one, as of a day (today by default)")
    public Map<String, String> lookup(@PathVariable String domain, @RequestParam String system, @RequestParam String code,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        // Through the table on a cache miss: a mapping made a moment ago (by a steward, or learned) is found.
        String canonical = tables.canonicalCode(tables.domains().require(domain).name(), system, code, day(asOf))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "no " + domain + " mapping for " + system + " code '" + code + "' on " + day(asOf)));
        return Map.of("canonicalCode", canonical);
    }

    @GetMapping("/domains/{domain}/reverse-lookup")
    @Operation(summary = "A canonical code in a system's own code (its preferred one), as of a day")
    public Map<String, String> reverseLookup(@PathVariable String domain, @RequestParam String system,
                                             @RequestParam String canonicalCode,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        String code = tables.externalCode(tables.domains().require(domain).name(), system, canonicalCode, day(asOf))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "no " + system + " code for " + domain + " '" + canonicalCode + "' on " + day(asOf)));
        return Map.of("externalCode", code);
    }

    @PostMapping("/domains/{domain}/restore")
    @Operation(summary = "Put a domain's table back as it was at a past time (audited as RESTORE)")
    public ConversionTables.RestoreReport restore(@PathVariable String domain, @Valid @RequestBody RestoreRequest request,
                                                  Principal user) {
        return tables.restore(domain, request.at(), ChangeAuthor.steward(user.getName(), request.reason()));
    }

    @GetMapping(value = "/domains/{domain}/export", produces = "text/csv")
    @Operation(summary = "The domain's table as CSV; it imports back unchanged")
    public ResponseEntity<String> export(@PathVariable String domain) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + domain + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.export(domain));
    }

    @PostMapping(value = "/domains/{domain}/import", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Import a CSV (at most 5 MB): checked whole, every bad line reported, nothing applied if any is bad")
    public MappingCsv.ImportReport importCsv(@PathVariable String domain, @RequestParam String reason,
                                             HttpServletRequest request, Principal user) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_CSV_BYTES + 1);
        if (body.length > MAX_CSV_BYTES) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
                    "a CSV import is limited to " + MAX_CSV_BYTES + " bytes; split the file");
        }
        return csv.importCsv(domain, new String(body, StandardCharsets.UTF_8),
                ChangeAuthor.steward(user.getName(), reason));
    }

    @GetMapping("/inbox")
    @Operation(summary = "Codes the hub met and could not map, with occurrences, flows, a sample and ranked suggestions")
    public List<InboxEntry> inbox(@RequestParam(required = false) String domain,
                                  @RequestParam(required = false) String system,
                                  @RequestParam(defaultValue = "OPEN") String status,
                                  @RequestParam(required = false) Integer minOccurrences,
                                  @RequestParam(required = false) String flow,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(defaultValue = "100") int limit) {
        String statusFilter = "ALL".equalsIgnoreCase(status) ? null : status.toUpperCase();
        return inbox.list(new InboxFilter(domain, system, statusFilter, minOccurrences, q, flow), limit);
    }

    @GetMapping("/inbox/{id}")
    public InboxEntry inboxEntry(@PathVariable long id) {
        return inbox.find(id);
    }

    @PostMapping("/inbox/{id}/accept")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Map the code to the given canonical code, or to the best suggestion; parked messages are replayed")
    public Mapping accept(@PathVariable long id, @Valid @RequestBody AcceptRequest request, Principal user) {
        return inbox.accept(id, request.canonicalCode(), ChangeAuthor.steward(user.getName(), request.reason()));
    }

    @PostMapping("/inbox/accept-suggestions")
    @Operation(summary = "Accept every open entry's best suggestion whose confidence reaches the threshold")
    public UnmappedCodeInbox.BulkAcceptReport acceptSuggestions(@Valid @RequestBody BulkAcceptRequest request,
                                                                Principal user) {
        return inbox.acceptAbove(request.threshold(), request.domain(),
                ChangeAuthor.steward(user.getName(), request.reason()));
    }

    @GetMapping("/parked")
    @Operation(summary = "Messages waiting for a code to be mapped, oldest first")
    public List<ParkedMessage> parked(@RequestParam(required = false) String domain,
                                      @RequestParam(required = false) String system,
                                      @RequestParam(required = false) String code) {
        return parking.waiting(domain, system, code);
    }

    private static Mapping toMapping(Long id, String domain, MappingRequest request) {
        return new Mapping(id, domain, request.system(), request.externalCode(), request.canonicalCode(),
                request.preferred() == null || request.preferred(), request.validFrom(), request.validTo());
    }

    private static LocalDate day(LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }
}
