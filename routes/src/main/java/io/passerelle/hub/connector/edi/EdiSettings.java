package io.passerelle.hub.connector.edi;

import io.passerelle.mappings.edi.read.ReadOptions;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param archiveDirectory where every received interchange is kept as received, before it is read: the
 *                         copy a failed file is read again from (data/edi-archive unless told)
 * @param chunkMessages    a received interchange of more messages than this, plain (one interchange, at most
 *                         one group, right trailers), is parsed in chunks of this many messages on every core,
 *                         with the same result as one pass; 0 reads every file in one pass. Unless told, 250 on
 *                         a machine of 3 processors or more, 0 on fewer (see {@link ReadOptions})
 */
@ConfigurationProperties("passerelle.edi")
public record EdiSettings(Path archiveDirectory, Integer chunkMessages) {

    public EdiSettings {
        archiveDirectory = archiveDirectory == null ? Path.of("data", "edi-archive") : archiveDirectory;
        if (chunkMessages != null && chunkMessages < 0) {
            throw new IllegalArgumentException("passerelle.edi.chunk-messages must be 0 (every file in one pass) or a"
                    + " number of messages per chunk, not " + chunkMessages);
        }
    }

    /** How every partner's files are read. */
    public ReadOptions readOptions() {
        return chunkMessages == null ? ReadOptions.defaults() : ReadOptions.defaults().withChunkMessages(chunkMessages);
    }
}
