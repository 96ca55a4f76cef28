package io.passerelle.hub.connector.edi;

import io.passerelle.hub.connector.sftp.SftpEndpoints;
import io.passerelle.hub.system.SftpFolder;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/** Puts a file in a partner's outbox: uploaded as NAME.part, renamed when complete, never overwriting. */
@Component
public class EdiUploads {

    private final CamelContext camel;
    private final ProducerTemplate producer;

    public EdiUploads(CamelContext camel, ProducerTemplate producer) {
        this.camel = camel;
        this.producer = producer;
    }

    public void upload(SftpFolder folder, String fileName, byte[] content) {
        producer.sendBodyAndHeader(new SftpEndpoints(camel, folder).outbox(), content, Exchange.FILE_NAME, fileName);
    }

    /** A file name that says what it is and cannot collide: {@code CONTRL_4012345000009_000042.edi}. */
    static String fileName(String type, String sender, String controlNumber) {
        return type + "_" + sender + "_" + controlNumber + ".edi";
    }
}
