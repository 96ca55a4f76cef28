package io.passerelle.hub.connector.edi;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param archiveDirectory where every received interchange is kept as received, before it is read: the
 *                         copy a failed file is read again from (data/edi-archive unless told)
 */
@ConfigurationProperties("passerelle.edi")
public record EdiSettings(Path archiveDirectory) {

    public EdiSettings {
        archiveDirectory = archiveDirectory == null ? Path.of("data", "edi-archive") : archiveDirectory;
    }
}
