package io.passerelle.hub.connector.edi;

import io.passerelle.hub.connector.folder.FolderEndpoints;
import io.passerelle.hub.system.ExchangeFolder;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/** Puts a file in a partner's outbox (SFTP, FTPS or FTP): uploaded as NAME.part, renamed when complete, never overwriting. */
@Component
public class EdiUploads {

    private final CamelContext camel;
    private final ProducerTemplate producer;

    public EdiUploads(CamelContext camel, ProducerTemplate producer) {
        this.camel = camel;
        this.producer = producer;
    }

    public void upload(ExchangeFolder folder, String fileName, byte[] content) {
        producer.sendBodyAndHeader(FolderEndpoints.of(camel, folder).outbox(), content, Exchange.FILE_NAME, fileName);
    }

    /** A file name that says what it is and cannot collide: {@code CONTRL_4012345000009_000042.edi}. */
    static String fileName(String type, String sender, String controlNumber) {
        return type + "_" + sender + "_" + controlNumber + ".edi";
    }
}
