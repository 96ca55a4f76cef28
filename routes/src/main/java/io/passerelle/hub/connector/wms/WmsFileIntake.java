package io.passerelle.hub.connector.wms;

import io.passerelle.hub.ingress.HubIngress;
import io.passerelle.hub.ingress.InboundChange;
import io.passerelle.hub.system.ConnectedSystems;
import io.passerelle.hub.system.SftpFolder;
import io.passerelle.mappings.wms.LineError;
import io.passerelle.mappings.wms.ParkedLines;
import io.passerelle.mappings.wms.RecordKind;
import io.passerelle.mappings.wms.RefusedLines;
import io.passerelle.mappings.wms.SourceLines;
import io.passerelle.mappings.wms.WmsChange;
import io.passerelle.mappings.wms.WmsFileTranslation;
import io.passerelle.mappings.wms.WmsFileTranslator;
import io.passerelle.mappings.xref.ParkedMessage;
import io.passerelle.mappings.xref.ParkingLot;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the hub does with the content of a WMS file: each record goes in through {@link HubIngress}
 * (identified by file name and line, so a file delivered twice is applied once), each refused line is
 * recorded with its reason, and lines waiting for a code are parked whole until a steward maps it.
 */
@Component
public class WmsFileIntake {

    /** What a file gave: counts for the log, and the errors for its report. */
    public record Outcome(int applied, int refused, int parked, List<LineError> errors) {

        String summary() {
            return applied + " record(s) applied, " + refused + " refused, " + parked + " parked until a code is mapped";
        }

        /** One line per error, each naming the file, the line and the column. */
        String report() {
            return errors.stream().map(LineError::describe).collect(Collectors.joining("\n", "", "\n"));
        }
    }

    private static final String HEADER_FILE = "file";
    private static final String HEADER_LINES = "lines";
    private static final String HEADER_KIND = "kind";

    private final WmsFileTranslator translator;
    private final HubIngress ingress;
    private final ParkingLot parking;
    private final TransactionTemplate transactions;

    public WmsFileIntake(WmsFileTranslator translator, HubIngress ingress, ParkingLot parking,
                         TransactionTemplate transactions) {
        this.translator = translator;
        this.ingress = ingress;
        this.parking = parking;
        this.transactions = transactions;
    }

    /** The flow name codes are recorded under, and parked lines are replayed to. */
    public static String flow(String system) {
        return WmsInboundRoute.routeId(system);
    }

    /** Throws {@link io.passerelle.mappings.wms.WmsFileRejected} when the file cannot be read at all. */
    public Outcome take(String system, SftpFolder folder, RecordKind kind, String fileName, byte[] content) {
        WmsFileTranslation translation = translator.translate(system, flow(system), kind, folder.spec(kind).layout(),
                fileName, content);
        apply(system, kind, translation);
        return new Outcome(translation.changes().size(), translation.refused().size(), translation.parked().size(),
                translation.errors());
    }

    /** Records a file that could not be read, so it shows in the hub's messages with its reason. */
    public void rejectFile(String system, RecordKind kind, String fileName, String reason) {
        ingress.refuse(system, fileName, kind.messageType(), "file:" + fileName, List.of("file:" + fileName), false, reason);
    }

    /** Lets the parking lot replay a system's parked lines once their code is mapped. */
    public void registerReplay(String system, ConnectedSystems systems) {
        parking.register(flow(system), message -> replay(system, systems, message));
    }

    private void replay(String system, ConnectedSystems systems, ParkedMessage message) {
        SftpFolder folder = systems.find(system).orElseThrow(() -> new IllegalStateException(
                "parked WMS lines for system '" + system + "', which is no longer declared")).sftp();
        Map<String, String> headers = message.headers();
        RecordKind kind = RecordKind.valueOf(headers.get(HEADER_KIND));
        List<Integer> numbers = Arrays.stream(headers.get(HEADER_LINES).split(",")).map(Integer::valueOf).toList();
        SourceLines lines = new SourceLines(headers.get(HEADER_FILE), numbers, List.of(message.body().split("\n", -1)));
        WmsFileTranslation translation = translator.translateLines(system, flow(system), kind, folder.spec(kind).layout(), lines);
        if (!translation.parked().isEmpty()) {
            // Still (or again) waiting for a code: the parking lot keeps it, now for that code.
            throw translation.parked().get(0).reason();
        }
        translation.changes().forEach(change -> accept(system, change));
        translation.refused().forEach(refused -> refuse(system, refused));
    }

    private void apply(String system, RecordKind kind, WmsFileTranslation translation) {
        translation.changes().forEach(change -> accept(system, change));
        translation.refused().forEach(refused -> refuse(system, refused));
        translation.parked().forEach(parked -> park(system, kind, parked));
    }

    private void accept(String system, WmsChange change) {
        ingress.accept(new InboundChange(system, change.source().changeId(), change.messageType(), change.entityKey(),
                change.businessKeys(), change.canonical()));
    }

    private void refuse(String system, RefusedLines refused) {
        ingress.refuse(system, refused.source().changeId(), refused.messageType(), refused.entityKey(),
                refused.businessKeys(), false, refused.reason());
    }

    private void park(String system, RecordKind kind, ParkedLines parked) {
        SourceLines source = parked.source();
        Map<String, String> headers = Map.of(HEADER_FILE, source.file(), HEADER_KIND, kind.name(),
                HEADER_LINES, source.numbers().stream().map(String::valueOf).collect(Collectors.joining(",")));
        transactions.executeWithoutResult(status -> {
            parking.park(parked.reason(), source.changeId(), String.join("\n", source.texts()), headers);
            ingress.refuse(system, source.changeId(), parked.messageType(), parked.entityKey(), parked.businessKeys(),
                    true, source.file() + " " + source.describe() + ": " + parked.reason().getMessage());
        });
    }
}
