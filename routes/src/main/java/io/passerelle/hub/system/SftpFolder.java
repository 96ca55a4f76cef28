package io.passerelle.hub.system;

import io.passerelle.mappings.wms.RecordKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A system's SFTP exchange folders — a WMS's, with the flat files it exchanges there, or a trading
 * partner's, where EDI interchanges come and go (a partner may use an {@link FtpFolder} instead).
 *
 * @param port                 22 unless told
 * @param password             from the environment ({@code ${WMS_SFTP_PASSWORD}}); or a private key
 * @param privateKeyFile       a private key file, instead of (or besides) a password
 * @param privateKeyPassphrase the key's passphrase, from the environment
 * @param knownHosts           a known_hosts file holding the server's host key: always verified, a server
 *                             presenting another key is refused
 * @param inbox                where the WMS puts its files for the hub, relative to the login folder;
 *                             the hub moves each file it has read to {@code .archive/} beneath it, and a
 *                             file it cannot read to {@code .error/} with a report
 * @param outbox               where the hub puts its files for the WMS, relative to the login folder
 * @param completion           how the hub knows the WMS has finished writing a file: {@code rename} (the
 *                             WMS writes {@code NAME.part} and renames it, the default) or {@code done-file}
 *                             (the WMS writes {@code NAME.done} after {@code NAME})
 * @param connectTimeout       per connection attempt; 10 s unless told
 * @param stockLevels          stock files in the inbox: their names and layout
 * @param receipts             receipt files in the inbox
 * @param shipments            shipment files in the inbox
 * @param itemMaster           the item-master file the hub writes in the outbox, required to receive Product
 * @param planningNotices      the planning-notice file the hub writes in the outbox, required to subscribe
 *                             the WMS to boundary events (config/subscriptions.yml)
 */
public record SftpFolder(@NotBlank String host, @Positive int port, @NotBlank String username, String password,
                         String privateKeyFile, String privateKeyPassphrase, @NotBlank String knownHosts,
                         @NotBlank String inbox, @NotBlank String outbox, Completion completion, Duration connectTimeout,
                         @Valid WmsFileSpec stockLevels, @Valid WmsFileSpec receipts, @Valid WmsFileSpec shipments,
                         @Valid WmsFileSpec itemMaster, @Valid WmsFileSpec planningNotices) implements ExchangeFolder {

    public SftpFolder {
        port = port == 0 ? 22 : port;
        completion = completion == null ? Completion.RENAME : completion;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
    }

    @Override
    public String location() {
        return "sftp://" + host + ":" + port;
    }

    /** The incoming kinds declared, in the order their name patterns are tried. */
    public Map<RecordKind, WmsFileSpec> incoming() {
        Map<RecordKind, WmsFileSpec> kinds = new LinkedHashMap<>();
        if (stockLevels != null) {
            kinds.put(RecordKind.STOCK_LEVEL, stockLevels);
        }
        if (receipts != null) {
            kinds.put(RecordKind.RECEIPT, receipts);
        }
        if (shipments != null) {
            kinds.put(RecordKind.SHIPMENT, shipments);
        }
        return kinds;
    }

    /** The kind of an incoming file, by its name; empty for a file the hub does not read. */
    public Optional<RecordKind> kindOf(String fileName) {
        return incoming().entrySet().stream().filter(e -> e.getValue().matches(fileName)).map(Map.Entry::getKey).findFirst();
    }

    public WmsFileSpec spec(RecordKind kind) {
        if (kind == RecordKind.ITEM_MASTER) {
            return itemMaster;
        }
        return kind == RecordKind.PLANNING_NOTICE ? planningNotices : incoming().get(kind);
    }

    /** What needs more than one field to check; each problem starts with its key under {@code key}. */
    List<String> problems(String key) {
        List<String> problems = new ArrayList<>();
        if (isBlank(password) && isBlank(privateKeyFile)) {
            problems.add(key + ": a password or a private-key-file is required");
        }
        List<Declared> declared = List.of(new Declared("stock-levels", RecordKind.STOCK_LEVEL, stockLevels),
                new Declared("receipts", RecordKind.RECEIPT, receipts),
                new Declared("shipments", RecordKind.SHIPMENT, shipments),
                new Declared("item-master", RecordKind.ITEM_MASTER, itemMaster),
                new Declared("planning-notices", RecordKind.PLANNING_NOTICE, planningNotices));
        for (Declared file : declared) {
            if (file.spec() != null) {
                file.spec().problems(file.kind()).forEach(p -> problems.add(key + "." + file.key() + ": " + p));
            }
        }
        return problems;
    }

    private record Declared(String key, RecordKind kind, WmsFileSpec spec) {
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
