package io.passerelle.hub.connector.edi;

import com.fasterxml.jackson.core.type.TypeReference;
import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.Order;
import io.passerelle.canonical.Shipment;
import io.passerelle.canonical.StockLevel;
import io.passerelle.hub.ingress.HubIngress;
import io.passerelle.hub.ingress.InboundChange;
import io.passerelle.mappings.edi.EdiValidationError;
import io.passerelle.mappings.edi.InterchangeHeader;
import io.passerelle.mappings.edi.ack.AcknowledgementCollector;
import io.passerelle.mappings.edi.ack.AcknowledgementStatus;
import io.passerelle.mappings.edi.ack.InterchangeAcknowledgement;
import io.passerelle.mappings.edi.read.InterchangeReader;
import io.passerelle.mappings.edi.read.MessageOutcome;
import io.passerelle.mappings.edi.read.Received;
import io.passerelle.mappings.edi.read.ReceivedInterchange;
import io.passerelle.mappings.edi.read.ReceivedMessage;
import io.passerelle.mappings.edi.schema.MessageKind;
import io.passerelle.mappings.xref.ParkedMessage;
import io.passerelle.mappings.xref.ParkingLot;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads one archived interchange file of a partner, message by message, in constant memory: each good
 * message into the hub (orders, stock levels, shipments, supplier order responses), each bad one rejected
 * alone with its located errors, a message stopped by an unknown code parked whole (replayed once the code
 * is mapped); acknowledgements the partner sends are matched to what we sent. The partner gets its
 * CONTRL / 997 / 999; operators get the outcome and a readable report in edi_interchange.
 */
@Component
public class EdiInterchangeIntake {

    private static final Logger log = LoggerFactory.getLogger(EdiInterchangeIntake.class);
    private static final Set<MessageKind> ACKNOWLEDGEMENTS = Set.of(MessageKind.CONTRL, MessageKind.X12_997,
            MessageKind.X12_999);

    private final EdiPartners partners;
    private final EdiInterchanges interchanges;
    private final EdiAcknowledgements acknowledgements;
    private final HubIngress ingress;
    private final ParkingLot parking;

    public EdiInterchangeIntake(EdiPartners partners, EdiInterchanges interchanges, EdiAcknowledgements acknowledgements,
                                HubIngress ingress, ParkingLot parking) {
        this.partners = partners;
        this.interchanges = interchanges;
        this.acknowledgements = acknowledgements;
        this.ingress = ingress;
        this.parking = parking;
        for (MessageKind kind : MessageKind.values()) {
            parking.register("edi:" + kind.type(), this::replay);
        }
    }

    /** What a file became, for the route's log and the decision where the file goes. */
    public record Outcome(String status, int messages, int accepted, int parked, int rejected, String report) {

        public boolean failedWhole() {
            return "REJECTED".equals(status) || "DUPLICATE".equals(status);
        }
    }

    public Outcome take(String partner, long interchangeId, Path archived) {
        Tally tally = new Tally();
        AcknowledgementCollector collector = new AcknowledgementCollector();
        try (InterchangeReader reader = partners.reader(partner).read(archived)) {
            if (reader.parallel()) {
                tally.note("parsed in chunks of messages on every core, as one pass would read it");
            }
            boolean checked = false;
            while (reader.hasNext()) {
                Received received = reader.next();
                InterchangeHeader header = received instanceof ReceivedMessage m ? m.interchange()
                        : ((ReceivedInterchange) received).header();
                if (!checked && header != null) {
                    checked = true;
                    Optional<String> refusal = envelopeRefusal(partner, interchangeId, header);
                    if (refusal.isPresent()) {
                        tally.duplicate(refusal.get());
                        break;
                    }
                }
                if (received instanceof ReceivedMessage message) {
                    handle(partner, interchangeId, archived, message, tally);
                }
                Optional<InterchangeAcknowledgement> acknowledgement = collector.add(received);
                if (received instanceof ReceivedInterchange end) {
                    tally.envelope(end);
                    checked = false;
                    if (acknowledgement.isPresent() && partners.profile(partner).acknowledgements() && !tally.onlyAcknowledgements) {
                        tally.note("acknowledgement " + acknowledgements.send(partner, acknowledgement.get(), interchangeId)
                                + (acknowledgement.get().positive() ? " (positive)" : " (negative)") + " sent");
                    }
                    tally.onlyAcknowledgements = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + archived + ": " + e.getMessage(), e);
        }
        Outcome outcome = tally.outcome();
        interchanges.finished(interchangeId, outcome.status(), String.join(", ", tally.types), outcome.messages(),
                outcome.accepted(), outcome.rejected(), outcome.report());
        return outcome;
    }

    /** The envelope is checked once: a control number already read from that sender is a duplicate. */
    private Optional<String> envelopeRefusal(String partner, long interchangeId, InterchangeHeader header) {
        interchanges.envelope(interchangeId, header.standard().name(), header.senderId(), header.receiverId(),
                header.controlNumber());
        String expected = partners.profile(partner).interchangeId();
        if (!expected.equals(header.senderId())) {
            return Optional.of(header.describe() + ": the sender is not " + partner + " (" + expected
                    + "); the file is kept, not read");
        }
        return interchanges.alreadyRead(partner, header.senderId(), header.controlNumber(), interchangeId)
                .map(earlier -> header.describe() + " was already received (edi_interchange #" + earlier
                        + "): a duplicate interchange is refused, nothing in it is applied again");
    }

    private void handle(String partner, long interchangeId, Path archived, ReceivedMessage message, Tally tally) {
        tally.message(message);
        String changeId = changeId(message);
        String where = message.describe();
        MessageOutcome outcome = message.outcome();
        try {
            if (outcome instanceof MessageOutcome.Translated translated) {
                accept(partner, message, changeId, translated, tally);
            } else if (outcome instanceof MessageOutcome.Unmapped unmapped) {
                unknownCode(partner, interchangeId, archived, message, changeId, unmapped.cause(), tally);
            } else if (outcome instanceof MessageOutcome.BreaksCanonicalRules broken) {
                reject(partner, message, changeId, where + ": " + broken.violations().stream().map(Object::toString)
                        .collect(Collectors.joining("; ")), tally);
            } else if (outcome instanceof MessageOutcome.Invalid invalid) {
                reject(partner, message, changeId, where + ":\n" + describe(invalid.errors()), tally);
            } else if (outcome instanceof MessageOutcome.NotSupported unsupported) {
                reject(partner, message, changeId, where + ": " + unsupported.reason()
                        + (unsupported.errors().isEmpty() ? "" : "\n" + describe(unsupported.errors())), tally);
            } else {
                tally.acceptedNote(where + ": valid; no flow takes " + message.kind().type() + " messages in");
            }
        } catch (UnmappedCodeException unknown) {
            unknownCode(partner, interchangeId, archived, message, changeId, unknown, tally);
        }
    }

    private void accept(String partner, ReceivedMessage message, String changeId, MessageOutcome.Translated translated,
                        Tally tally) {
        Object payload = translated.payload();
        if (payload instanceof AcknowledgementStatus status) {
            String acknowledged = status.interchange() != null ? status.interchange() : status.group();
            boolean matched = interchanges.acknowledged(partner, acknowledged, status.status().name(), status.toString());
            tally.acceptedNote(message.describe() + ": acknowledges our interchange " + acknowledged + " — " + status.status()
                    + (matched ? "" : " (no interchange with that number was sent to " + partner + ")"));
            return;
        }
        if (payload instanceof Order order) {
            boolean response = message.kind() == MessageKind.ORDRSP || message.kind() == MessageKind.X12_855;
            String type = response ? "SupplierOrderResponse" : "Order";
            List<String> keys = new ArrayList<>(List.of("order:" + order.orderNumber(), "partner:" + partner));
            if (order.buyer().gln() != null) {
                keys.add("gln:" + order.buyer().gln());
            }
            HubIngress.Receipt receipt = ingress.accept(new InboundChange(partner, changeId, type,
                    "order:" + partner + ":" + order.orderNumber(), keys, order));
            tally.acceptedNote(message.describe() + ": " + type + " " + order.orderNumber() + " " + receipt.outcome().name()
                    .toLowerCase());
            return;
        }
        if (payload instanceof List<?> records) {
            for (int i = 0; i < records.size(); i++) {
                Object record = records.get(i);
                String type = record instanceof StockLevel ? "StockLevel" : record instanceof Shipment ? "Shipment"
                        : record.getClass().getSimpleName();
                String entity = record instanceof StockLevel s ? "stock:" + partner + ":" + (s.product().productId() != null
                        ? s.product().productId() : s.product().gtin()) + "@" + s.location()
                        : record instanceof Shipment s ? "shipment:" + partner + ":" + s.shipmentId() : partner;
                ingress.accept(new InboundChange(partner, changeId + ":" + (i + 1), type, entity,
                        List.of("partner:" + partner), record));
            }
            tally.acceptedNote(message.describe() + ": " + records.size() + " record(s) accepted");
            return;
        }
        throw new IllegalStateException("no flow for " + payload.getClass().getSimpleName());
    }

    private void unknownCode(String partner, long interchangeId, Path archived, ReceivedMessage message, String changeId,
                             UnmappedCodeException unknown, Tally tally) {
        String type = message.kind() == null ? "EDI" : message.kind().type();
        String entity = "edi:" + partner + ":" + message.interchange().controlNumber() + "/" + message.header().reference();
        if (unknown.mustPark()) {
            String body = CanonicalJson.write(Map.of("partner", partner, "interchange", String.valueOf(interchangeId),
                    "archived", archived.toString(), "controlNumber", message.interchange().controlNumber(),
                    "reference", message.header().reference()));
            parking.park(unknown, changeId, body, Map.of("system", partner));
            ingress.refuse(partner, changeId, type, entity, List.of("partner:" + partner), true, unknown.getMessage());
            tally.parked++;
            tally.problemNote(message.describe() + ": parked until a steward maps the code — " + unknown.getMessage());
        } else {
            reject(partner, message, changeId, message.describe() + ": " + unknown.getMessage(), tally);
        }
    }

    private void reject(String partner, ReceivedMessage message, String changeId, String reason, Tally tally) {
        String type = message.kind() == null ? "EDI" : message.kind().type();
        ingress.refuse(partner, changeId, type, "edi:" + partner + ":" + message.interchange().controlNumber() + "/"
                + message.header().reference(), List.of("partner:" + partner), false, reason);
        tally.rejected++;
        tally.problemNote("REJECTED " + reason);
        log.warn("{} from {}: message rejected: {}", message.interchange().describe(), partner, reason);
    }

    /**
     * The parking lot's replay of a message once its code is mapped: the archived file is read again and
     * only that message taken; still unknown, it goes back to wait (by throwing the code again).
     */
    private void replay(ParkedMessage parked) {
        Map<String, String> body;
        try {
            body = CanonicalJson.mapper().readValue(parked.body(), new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("unreadable parked EDI reference: " + e.getMessage(), e);
        }
        String partner = body.get("partner");
        Path archived = Path.of(body.get("archived"));
        try (InterchangeReader reader = partners.reader(partner).read(archived)) {
            while (reader.hasNext()) {
                if (reader.next() instanceof ReceivedMessage message
                        && message.interchange().controlNumber().equals(body.get("controlNumber"))
                        && message.header().reference().equals(body.get("reference"))) {
                    if (message.outcome() instanceof MessageOutcome.Unmapped still) {
                        throw still.cause();
                    }
                    Tally tally = new Tally();
                    handle(partner, Long.parseLong(body.get("interchange")), archived, message, tally);
                    log.info("Parked {} replayed: {}", message.describe(), String.join("; ", tally.notes));
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the archived " + archived + ": " + e.getMessage(), e);
        }
        throw new IllegalStateException("message " + body.get("reference") + " of interchange "
                + body.get("controlNumber") + " is no longer in " + archived);
    }

    private static String changeId(ReceivedMessage message) {
        InterchangeHeader header = message.interchange();
        return "edi:" + header.senderId() + ":" + header.controlNumber() + ":" + message.header().reference() + ":"
                + message.header().index();
    }

    private static String describe(List<EdiValidationError> errors) {
        return errors.stream().map(error -> "  - " + error.describe()).collect(Collectors.joining("\n"));
    }

    /**
     * Counts and report lines of one file; the report names interchange, message, segment and element. Its size
     * does not grow with the file: past {@value #ACCEPTED_LISTED} accepted messages and {@value #PROBLEMS_LISTED}
     * rejected or parked ones, messages are counted, not listed (each stays in the message log, with its reason).
     */
    private static final class Tally {
        static final int ACCEPTED_LISTED = 100;
        static final int PROBLEMS_LISTED = 1_000;
        int acceptedNotListed;
        int problemsListed;
        int problemsNotListed;
        int messages;
        int accepted;
        int parked;
        int rejected;
        boolean onlyAcknowledgements = true;
        String duplicate;
        final List<String> envelopeErrors = new ArrayList<>();
        final Set<String> types = new LinkedHashSet<>();
        final List<String> notes = new ArrayList<>();

        void message(ReceivedMessage message) {
            messages++;
            types.add(message.header().identifier().type());
            onlyAcknowledgements &= message.kind() != null && ACKNOWLEDGEMENTS.contains(message.kind());
        }

        void envelope(ReceivedInterchange end) {
            if (end.fatal() != null) {
                envelopeErrors.add((end.header() == null ? "the file" : end.header().describe()) + ": " + end.fatal());
            }
            end.errors().forEach(error -> envelopeErrors.add("  - " + error.describe()));
            end.groups().forEach(group -> group.errors().forEach(error -> envelopeErrors.add("  - " + error.describe())));
        }

        void duplicate(String reason) {
            duplicate = reason;
        }

        void note(String line) {
            notes.add(line);
        }

        void acceptedNote(String line) {
            accepted++;
            if (accepted <= ACCEPTED_LISTED) {
                notes.add(line);
            } else {
                acceptedNotListed++;
            }
        }

        void problemNote(String line) {
            if (problemsListed < PROBLEMS_LISTED) {
                problemsListed++;
                notes.add(line);
            } else {
                problemsNotListed++;
            }
        }

        Outcome outcome() {
            List<String> report = new ArrayList<>();
            String status;
            if (duplicate != null) {
                status = "DUPLICATE";
                report.add(duplicate);
            } else {
                status = rejected == 0 && envelopeErrors.isEmpty() ? "PROCESSED"
                        : accepted + parked == 0 ? "REJECTED" : "PARTLY_REJECTED";
                if (!envelopeErrors.isEmpty()) {
                    report.add("Envelope:");
                    report.addAll(envelopeErrors);
                }
                report.add(messages + " message(s): " + accepted + " accepted, " + parked + " parked, " + rejected
                        + " rejected");
                report.addAll(notes);
                if (acceptedNotListed > 0) {
                    report.add("... and " + acceptedNotListed + " more accepted message(s), not listed");
                }
                if (problemsNotListed > 0) {
                    report.add("... and " + problemsNotListed + " more rejected or parked message(s), not listed: each is"
                            + " in the message log with its reason (GET /api/messages?status=REJECTED, ?status=PARKED)");
                }
            }
            return new Outcome(status, messages, accepted, parked, rejected, String.join("\n", report));
        }
    }
}
