package io.passerelle.hub.connector.wms;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.CanonicalJsonException;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.notice.PlanningNotice;
import io.passerelle.hub.connector.folder.SftpEndpoints;
import io.passerelle.hub.delivery.DeliveryFailure;
import io.passerelle.hub.delivery.DeliveryOutcome;
import io.passerelle.hub.delivery.OutboundAdapter;
import io.passerelle.hub.delivery.OutboxEntry;
import io.passerelle.hub.events.CanonicalRecords;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.SftpFolder;
import io.passerelle.hub.system.SystemDeclaration;
import io.passerelle.hub.system.WmsFileSpec;
import io.passerelle.mappings.wms.ItemMasterFile;
import io.passerelle.mappings.wms.PlanningNoticeFile;
import io.passerelle.mappings.wms.RecordKind;
import io.passerelle.mappings.wms.UnwritableRecordException;
import io.passerelle.mappings.wms.WmsCodes;
import io.passerelle.mappings.xref.CodeTranslator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends Products to a WMS as one item-master file per batch (and planning notices as one planning-notice
 * file per batch), in the WMS's item codes and units, into its
 * outbox. The file is uploaded under a temporary name and renamed once complete, so the WMS never reads
 * it half written. A product that cannot be written is failed alone (permanently: the data or a mapping
 * must change); the file cannot be uploaded, every product in it is failed for a retry.
 */
@Component
public class WmsSftpAdapter implements OutboundAdapter {

    private final CodeTranslator translator;
    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final CanonicalRecords records;
    private final Clock clock;

    public WmsSftpAdapter(CodeTranslator translator, CamelContext camel, ProducerTemplate producer,
                          CanonicalRecords records) {
        this.records = records;
        this.translator = translator;
        this.camel = camel;
        this.producer = producer;
        this.clock = Clock.systemUTC();
    }

    @Override
    public ConnectorType type() {
        return ConnectorType.WMS_SFTP;
    }

    @Override
    public List<DeliveryOutcome> deliverAll(String systemName, SystemDeclaration system, List<OutboxEntry> entries) {
        Map<Long, DeliveryOutcome> outcomes = new LinkedHashMap<>();
        Map<RecordKind, List<OutboxEntry>> byKind = new LinkedHashMap<>();
        for (OutboxEntry entry : entries) {
            RecordKind kind = switch (entry.messageType()) {
                case "Product" -> RecordKind.ITEM_MASTER;
                case "PlanningNotice" -> RecordKind.PLANNING_NOTICE;
                default -> null;
            };
            if (kind == null) {
                outcomes.put(entry.id(), DeliveryOutcome.failed(entry, DeliveryFailure.permanent("a WMS is sent"
                        + " item-master files (Product) and planning notices, not " + entry.messageType(), null)));
            } else {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(entry);
            }
        }
        byKind.forEach((kind, batch) -> outcomes.putAll(writeFile(systemName, system.sftp(), kind, batch)));
        return entries.stream().map(e -> outcomes.get(e.id())).toList();
    }

    /** One file of one kind for a batch, uploaded under a temporary name then renamed. */
    private Map<Long, DeliveryOutcome> writeFile(String systemName, SftpFolder folder, RecordKind kind,
                                                 List<OutboxEntry> entries) {
        Map<Long, DeliveryOutcome> outcomes = new LinkedHashMap<>();
        WmsFileSpec spec = folder.spec(kind);
        if (spec == null) {
            String key = kind == RecordKind.ITEM_MASTER ? "item-master" : "planning-notices";
            DeliveryFailure failure = DeliveryFailure.permanent("no " + key + " file is declared for WMS " + systemName
                    + " (passerelle.systems." + systemName + ".sftp." + key + ")", null);
            entries.forEach(e -> outcomes.put(e.id(), DeliveryOutcome.failed(e, failure)));
            return outcomes;
        }
        WmsCodes codes = new WmsCodes(translator, systemName, flow(systemName));
        List<OutboxEntry> written = new ArrayList<>();
        Supplier<byte[]> content;
        if (kind == RecordKind.ITEM_MASTER) {
            Map<OutboxEntry, Product> read = read(entries, Product.class, outcomes);
            ItemMasterFile file = new ItemMasterFile(spec.layout(),
                    codes.withItemCodesOf(read.values().stream().map(Product::id).toList()));
            read.forEach((entry, product) -> add(entry, () -> file.add(product), written, outcomes));
            content = file::content;
        } else {
            Map<OutboxEntry, PlanningNotice> read = read(entries, PlanningNotice.class, outcomes);
            List<String> productIds = read.values().stream().map(PlanningNotice::productId).toList();
            PlanningNoticeFile file = new PlanningNoticeFile(spec.layout(), codes.withItemCodesOf(productIds));
            // The GTIN beside the WMS item code of each notice: the products named, read together.
            Map<String, Product> products = records.products(productIds);
            read.forEach((entry, notice) -> add(entry, () -> file.add(notice,
                    products.containsKey(notice.productId()) ? products.get(notice.productId()).gtin() : null),
                    written, outcomes));
            content = file::content;
        }
        if (written.isEmpty()) {
            return outcomes;
        }
        String fileName = spec.fileName(kind, clock.instant(), written.get(0).id());
        try {
            producer.sendBodyAndHeader(new SftpEndpoints(camel, folder).outbox(),
                    content.get(), Exchange.FILE_NAME, fileName);
            for (int i = 0; i < written.size(); i++) {
                outcomes.put(written.get(i).id(), DeliveryOutcome.delivered(written.get(i),
                        "line " + (i + 1) + " of " + written.size() + " in " + folder.outbox() + "/" + fileName));
            }
        } catch (RuntimeException e) {
            DeliveryFailure failure = DeliveryFailure.retriable("cannot upload " + fileName + " to "
                    + folder.host() + ":" + folder.port() + ": " + rootMessage(e), e);
            written.forEach(entry -> outcomes.put(entry.id(), DeliveryOutcome.failed(entry, failure)));
        }
        return outcomes;
    }

    /** The entries' payloads; one that cannot be read fails alone, permanently. */
    private static <T> Map<OutboxEntry, T> read(List<OutboxEntry> entries, Class<T> type,
                                                Map<Long, DeliveryOutcome> outcomes) {
        Map<OutboxEntry, T> read = new LinkedHashMap<>();
        for (OutboxEntry entry : entries) {
            try {
                read.put(entry, CanonicalJson.read(entry.payload(), type));
            } catch (CanonicalJsonException e) {
                outcomes.put(entry.id(), DeliveryOutcome.failed(entry, DeliveryFailure.permanent(e.getMessage(), e)));
            }
        }
        return read;
    }

    /** A line into the file; one the WMS's codes cannot express fails alone, permanently. */
    private static void add(OutboxEntry entry, Runnable line, List<OutboxEntry> written,
                            Map<Long, DeliveryOutcome> outcomes) {
        try {
            line.run();
            written.add(entry);
        } catch (UnwritableRecordException e) {
            outcomes.put(entry.id(), DeliveryOutcome.failed(entry, DeliveryFailure.permanent(e.getMessage(), e)));
        }
    }

    static String flow(String systemName) {
        return "wms-item-master-" + systemName;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return e == root ? message : e.getMessage() + " (" + message + ")";
    }
}
