package io.passerelle.hub.connector.wms;

import io.passerelle.hub.connector.folder.SftpEndpoints;
import io.passerelle.hub.system.SftpFolder;
import io.passerelle.hub.system.SystemDeclaration;
import io.passerelle.mappings.wms.RecordKind;
import io.passerelle.mappings.wms.WmsFileRejected;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.remote.SftpEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WMS's inbox, polled: each complete file of a declared kind is read into the hub, then moved to
 * {@code .archive/}; its malformed lines are listed in {@code .error/NAME.report.txt}. A file that cannot be
 * read at all goes to {@code .error/} with {@code NAME.error.txt} beside it. Nothing is deleted.
 *
 * <p>When the hub itself fails (its database is down), the file is left where it is and read again at
 * a later poll: the lines already applied are recognised and not applied twice.
 */
public class WmsInboundRoute extends RouteBuilder {

    static final String ARCHIVE_FOLDER = ".archive";
    static final String ERROR_FOLDER = ".error";
    /** Where the file goes once read; decided while it is read, applied by camel-ftp on completion. */
    private static final String MOVE_TO = "wmsMoveTo";

    private static final Logger log = LoggerFactory.getLogger(WmsInboundRoute.class);

    private final String system;
    private final SystemDeclaration declaration;
    private final WmsFileIntake intake;
    private final ProducerTemplate producer;

    WmsInboundRoute(String system, SystemDeclaration declaration, WmsFileIntake intake, ProducerTemplate producer) {
        this.system = system;
        this.declaration = declaration;
        this.intake = intake;
        this.producer = producer;
    }

    public static String routeId(String system) {
        return "wms-inbound-" + system;
    }

    @Override
    public void configure() {
        SftpFolder folder = declaration.sftp();
        SftpEndpoints endpoints = new SftpEndpoints(getContext(), folder);
        SftpEndpoint inbox = endpoints.inbox(declaration.pollInterval().toMillis());
        inbox.setFilter(new WmsInboxFilter(folder));
        inbox.setMove("${exchangeProperty." + MOVE_TO + "}");
        if (folder.completion() == SftpFolder.Completion.DONE_FILE) {
            inbox.setDoneFileName("${file:name}" + SftpFolder.DONE_SUFFIX);
        }
        SftpEndpoint errorFolder = endpoints.belowInbox(ERROR_FOLDER);

        from(inbox).routeId(routeId(system))
                .process(exchange -> {
                    String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
                    RecordKind kind = folder.kindOf(name).orElseThrow();
                    byte[] content = exchange.getIn().getBody(byte[].class);
                    exchange.setProperty(MOVE_TO, ARCHIVE_FOLDER + "/" + name);
                    try {
                        WmsFileIntake.Outcome outcome = intake.take(system, folder, kind, name, content);
                        log.info("{} from {}: {}", name, system, outcome.summary());
                        if (!outcome.errors().isEmpty()) {
                            write(errorFolder, name + ".report.txt", outcome.report());
                        }
                    } catch (WmsFileRejected rejected) {
                        intake.rejectFile(system, kind, name, rejected.getMessage());
                        log.warn("{} from {} is not read and kept in {}/: {}", name, system, ERROR_FOLDER, rejected.getMessage());
                        write(errorFolder, name + ".error.txt", rejected.getMessage() + "\n");
                        exchange.setProperty(MOVE_TO, ERROR_FOLDER + "/" + name);
                    }
                });
    }

    /** Fails the exchange when the report cannot be written: the file then stays in the inbox for a later poll. */
    private void write(SftpEndpoint folder, String fileName, String text) {
        producer.sendBodyAndHeader(folder, text.getBytes(StandardCharsets.UTF_8), Exchange.FILE_NAME, fileName);
    }
}
