package io.passerelle.hub.connector.edi;

import io.passerelle.hub.connector.folder.FolderEndpoints;
import io.passerelle.hub.system.ExchangeFolder;
import io.passerelle.hub.system.HubInstance;
import io.passerelle.hub.system.SystemDeclaration;
import java.io.InputStream;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.remote.RemoteFileEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Each partner's inbox (SFTP, FTPS or FTP), polled: a complete file (never a NAME.part, or only once NAME.done
 * is there) is archived as received, read, then moved on the server to {@code .archive/} — or to {@code .error/} when
 * nothing in it could be taken (a duplicate, a broken envelope, every message rejected). The readable
 * report stays with the archived copy and in edi_interchange; nothing is deleted, and a failed file can be
 * read again (POST /api/edi/interchanges/{id}/reprocess).
 */
@Component
public class EdiInboundRoutes extends RouteBuilder {

    static final String ARCHIVE_FOLDER = ".archive";
    static final String ERROR_FOLDER = ".error";
    private static final String MOVE_TO = "ediMoveTo";
    private static final Logger log = LoggerFactory.getLogger(EdiInboundRoutes.class);

    private final EdiPartners partners;
    private final EdiArchive archive;
    private final EdiInterchanges interchanges;
    private final EdiInterchangeIntake intake;
    private final HubInstance instance;

    public EdiInboundRoutes(EdiPartners partners, EdiArchive archive, EdiInterchanges interchanges,
                            EdiInterchangeIntake intake, HubInstance instance) {
        this.partners = partners;
        this.archive = archive;
        this.interchanges = interchanges;
        this.intake = intake;
        this.instance = instance;
    }

    public static String routeId(String partner) {
        return "edi-inbound-" + partner;
    }

    @Override
    public void configure() {
        errorHandler(defaultErrorHandler().logExhausted(false));
        partners.all().forEach(this::partnerInbox);
    }

    private void partnerInbox(String partner, SystemDeclaration system) {
        ExchangeFolder folder = system.folder();
        RemoteFileEndpoint<?> inbox = FolderEndpoints.of(getContext(), folder).inbox(system.pollInterval().toMillis());
        // Streamed from the server straight into the archive: memory does not grow with the file.
        inbox.getConfiguration().setStreamDownload(true);
        inbox.setExclude("^\\..*|.*\\" + ExchangeFolder.PART_SUFFIX + "$|.*\\" + ExchangeFolder.DONE_SUFFIX + "$");
        if (folder.completion() == ExchangeFolder.Completion.DONE_FILE) {
            inbox.setDoneFileName("${file:name}" + ExchangeFolder.DONE_SUFFIX);
        }
        inbox.setMove("${exchangeProperty." + MOVE_TO + "}");
        from(inbox).routeId(routeId(partner))
                .process(exchange -> receive(partner, exchange));
    }

    private void receive(String partner, Exchange exchange) throws Exception {
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        EdiArchive.Archived archived;
        try (InputStream content = exchange.getIn().getBody(InputStream.class)) {
            archived = archive.store(partner, name, content);
        }
        long id = interchanges.received(partner, name, archived.path().toString(), archived.sha256(), archived.size(),
                instance.id());
        exchange.setProperty(MOVE_TO, ARCHIVE_FOLDER + "/" + name);
        try {
            EdiInterchangeIntake.Outcome outcome = intake.take(partner, id, archived.path());
            archive.report(archived.path(), outcome.report());
            log.info("{} from {} (edi_interchange #{}): {}, {} message(s), {} accepted, {} parked, {} rejected", name,
                    partner, id, outcome.status(), outcome.messages(), outcome.accepted(), outcome.parked(),
                    outcome.rejected());
            if (outcome.failedWhole()) {
                exchange.setProperty(MOVE_TO, ERROR_FOLDER + "/" + name);
            }
        } catch (RuntimeException e) {
            // The hub could not finish (its database, the partner's folder for the acknowledgement): the file is
            // kept in .error and in the archive, with the reason, to be read again once the cause is fixed.
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            interchanges.finished(id, "FAILED", null, 0, 0, 0, reason);
            archive.report(archived.path(), reason);
            exchange.setProperty(MOVE_TO, ERROR_FOLDER + "/" + name);
            log.error("{} from {} (edi_interchange #{}) failed and is kept for a reprocess: {}", name, partner, id, reason);
        }
    }
}
