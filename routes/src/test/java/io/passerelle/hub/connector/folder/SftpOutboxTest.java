package io.passerelle.hub.connector.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.passerelle.hub.connector.wms.WmsSftpServer;
import io.passerelle.hub.system.SftpFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SFTP outbox against a real SFTP server (Apache MINA SSHD): complete files only, never over a file already
 * there (MINA SSHD, like OpenSSH, would rename over it if asked).
 */
class SftpOutboxTest {

    @TempDir
    Path folders;

    private WmsSftpServer server;
    private CamelContext camel;
    private ProducerTemplate producer;
    private SftpEndpoints endpoints;

    @BeforeEach
    void start() throws Exception {
        server = new WmsSftpServer(folders.resolve("wms")).start();
        camel = new DefaultCamelContext();
        camel.start();
        producer = camel.createProducerTemplate();
        endpoints = new SftpEndpoints(camel, new SftpFolder("127.0.0.1", server.port(), WmsSftpServer.USER,
                WmsSftpServer.PASSWORD, null, null, server.knownHosts().toString(), "inbox", "outbox", null,
                Duration.ofSeconds(5), null, null, null, null, null));
    }

    @AfterEach
    void stop() {
        camel.stop();
        server.stop();
    }

    @Test
    void aFileIsUploadedUnderATemporaryNameThenRenamed() throws Exception {
        producer.sendBodyAndHeader(endpoints.outbox(), "item;event\nMAT-1;launch\n", Exchange.FILE_NAME, "ITEMS_1.csv");

        assertThat(Files.readString(server.outbox().resolve("ITEMS_1.csv"))).isEqualTo("item;event\nMAT-1;launch\n");
        assertThat(server.renames()).singleElement().satisfies(rename -> {
            assertThat(rename.from()).isEqualTo("outbox/ITEMS_1.csv.part");
            assertThat(rename.to()).isEqualTo("outbox/ITEMS_1.csv");
        });
    }

    @Test
    void aFileAlreadyThereUnderTheSameNameIsNeverOverwritten() throws Exception {
        Files.writeString(server.outbox().resolve("ITEMS_1.csv"), "already there\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> producer.sendBodyAndHeader(endpoints.outbox(), "new content\n", Exchange.FILE_NAME,
                "ITEMS_1.csv")).isInstanceOf(CamelExecutionException.class).hasStackTraceContaining("ITEMS_1.csv");

        assertThat(Files.readString(server.outbox().resolve("ITEMS_1.csv"))).isEqualTo("already there\n");
    }
}
