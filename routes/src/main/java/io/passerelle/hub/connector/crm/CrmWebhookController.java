package io.passerelle.hub.connector.crm;

import io.passerelle.hub.system.ConnectedSystems;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.SystemDeclaration;
import io.passerelle.hub.api.BoundedBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where a CRM pushes its changes: Salesforce Change Data Capture events on Account, Product2 and Promotion__c,
 * one event or a JSON array per call. The caller is authenticated by the HMAC signature of the body with the system's webhook secret,
 * not by a hub user. Answers 202 with a receipt per record (ACCEPTED, DUPLICATE, PARKED, IGNORED), or 422 when a record
 * was refused (its receipt says why; the others went through). Unauthenticated or oversized calls are not
 * recorded: the sender still has them, and storing what anyone may send would be an open door.
 */
@RestController
@Tag(name = "Connectors", description = "Webhooks through which connected systems push their changes")
public class CrmWebhookController {

    static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(CrmWebhookController.class);

    private final ConnectedSystems systems;
    private final CrmChangeEvents changes;

    public CrmWebhookController(ConnectedSystems systems, CrmChangeEvents changes) {
        this.systems = systems;
        this.changes = changes;
    }

    @PostMapping("/api/connectors/{system}/webhook")
    @Operation(summary = "Receive a CRM's change events (signed with X-Passerelle-Signature: sha256=<HMAC of the body>)")
    public ResponseEntity<?> receive(@PathVariable String system,
                                     @RequestHeader(name = WebhookSignature.HEADER, required = false) String signature,
                                     HttpServletRequest request) throws IOException {
        SystemDeclaration declared = systems.find(system).filter(s -> s.type() == ConnectorType.CRM_REST)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "no crm-rest system '" + system + "' is declared in config/systems.yml"));
        byte[] body = BoundedBody.read(request, MAX_BODY_BYTES,
                "a webhook call is limited to " + MAX_BODY_BYTES + " bytes; send fewer events per call");
        String secret = declared.rest().webhookSecret();
        if (!WebhookSignature.matches(body, secret, signature)) {
            if (secret == null || secret.isEmpty()) {
                log.error("Webhook call for {} refused: passerelle.systems.{}.rest.webhook-secret is not set",
                        system, system);
            } else {
                log.warn("Webhook call for {} refused: {} header missing or not matching the body", system,
                        WebhookSignature.HEADER);
            }
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, WebhookSignature.HEADER
                    + " must be sha256=<hex HMAC-SHA256 of the body with the system's webhook secret>");
        }

        List<WebhookReceipt> receipts = changes.receive(system, new String(body, StandardCharsets.UTF_8));
        List<WebhookReceipt> refused = receipts.stream()
                .filter(r -> r.outcome() == WebhookReceipt.Outcome.REJECTED).toList();
        if (refused.isEmpty()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("receipts", receipts));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                refused.stream().map(WebhookReceipt::reason).collect(Collectors.joining("\n")));
        problem.setTitle(refused.size() + " of " + receipts.size() + " change(s) refused; kept with the reason");
        problem.setProperty("receipts", receipts);
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
