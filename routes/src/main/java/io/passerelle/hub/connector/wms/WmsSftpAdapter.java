package io.passerelle.hub.connector.wms;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.CanonicalJsonException;
import io.passerelle.canonical.Product;
import io.passerelle.hub.delivery.DeliveryFailure;
import io.passerelle.hub.delivery.DeliveryOutcome;
import io.passerelle.hub.delivery.OutboundAdapter;
import io.passerelle.hub.delivery.OutboxEntry;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.SftpFolder;
import io.passerelle.hub.system.SystemDeclaration;
import io.passerelle.hub.system.WmsFileSpec;
import io.passerelle.mappings.wms.ItemMasterFile;
import io.passerelle.mappings.wms.RecordKind;
import io.passerelle.mappings.wms.UnwritableRecordException;
import io.passerelle.mappings.wms.WmsCodes;
import io.passerelle.mappings.xref.CodeTranslator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends Products to a WMS as one item-master file per batch, in the WMS's item codes and units, into its
 * outbox. The file is uploaded under a temporary name and renamed once complete, so the WMS never reads
 * it half written. A product that cannot be written is failed alone (permanently: the data or a mapping
 * must change); the file cannot be uploaded, every product in it is failed for a retry.
 */
@Component
public class WmsSftpAdapter implements OutboundAdapter {

    private final CodeTranslator translator;
    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final Clock clock;

    public WmsSftpAdapter(CodeTranslator translator, CamelContext camel, ProducerTemplate producer) {
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
    public String deliver(String systemName, SystemDeclaration system, OutboxEntry entry) {
        DeliveryOutcome outcome = deliverAll(systemName, system, List.of(entry)).get(0);
        if (!outcome.delivered()) {
            throw outcome.failure();
        }
        return outcome.note();
    }

    @Override
    public List<DeliveryOutcome> deliverAll(String systemName, SystemDeclaration system, List<OutboxEntry> entries) {
        SftpFolder folder = system.sftp();
        WmsFileSpec spec = folder.spec(RecordKind.ITEM_MASTER);
        Map<Long, DeliveryOutcome> outcomes = new LinkedHashMap<>();
        if (spec == null) {
            DeliveryFailure failure = DeliveryFailure.permanent("no item-master file is declared for WMS " + systemName
                    + " (passerelle.systems." + systemName + ".sftp.item-master)", null);
            return entries.stream().map(e -> DeliveryOutcome.failed(e, failure)).toList();
        }
        ItemMasterFile file = new ItemMasterFile(spec.layout(), new WmsCodes(translator, systemName, flow(systemName)));
        List<OutboxEntry> written = new ArrayList<>();
        for (OutboxEntry entry : entries) {
            try {
                file.add(product(entry));
                written.add(entry);
            } catch (UnwritableRecordException | CanonicalJsonException e) {
                outcomes.put(entry.id(), DeliveryOutcome.failed(entry, DeliveryFailure.permanent(e.getMessage(), e)));
            }
        }
        if (!written.isEmpty()) {
            String fileName = spec.fileName(clock.instant(), written.get(0).id());
            try {
                producer.sendBodyAndHeader(new WmsEndpoints(camel, folder).outbox(), file.content(),
                        Exchange.FILE_NAME, fileName);
                for (int i = 0; i < written.size(); i++) {
                    outcomes.put(written.get(i).id(), DeliveryOutcome.delivered(written.get(i),
                            "item " + (i + 1) + " of " + written.size() + " in " + folder.outbox() + "/" + fileName));
                }
            } catch (RuntimeException e) {
                DeliveryFailure failure = DeliveryFailure.retriable("cannot upload " + fileName + " to "
                        + folder.host() + ":" + folder.port() + ": " + rootMessage(e), e);
                written.forEach(entry -> outcomes.put(entry.id(), DeliveryOutcome.failed(entry, failure)));
            }
        }
        return entries.stream().map(e -> outcomes.get(e.id())).toList();
    }

    static String flow(String systemName) {
        return "wms-item-master-" + systemName;
    }

    private static Product product(OutboxEntry entry) {
        if (!"Product".equals(entry.messageType())) {
            throw new UnwritableRecordException("item", "a WMS item-master file carries Product records, not "
                    + entry.messageType());
        }
        return CanonicalJson.read(entry.payload(), Product.class);
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
