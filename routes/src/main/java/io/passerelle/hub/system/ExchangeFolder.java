package io.passerelle.hub.system;

import java.time.Duration;

/**
 * The remote folders a system exchanges files in, whatever the protocol: an inbox the hub polls and an
 * outbox it writes to, on an SFTP ({@link SftpFolder}) or FTP/FTPS ({@link FtpFolder}) server. What differs
 * between protocols (host keys, TLS, passive mode) stays in each; this is what the routes share.
 */
public interface ExchangeFolder {

    /** How a file still being written is told from a complete one. */
    enum Completion {
        /** The sender writes {@code NAME.part} and renames it to {@code NAME} when complete: .part files are never read. */
        RENAME,
        /** The sender writes {@code NAME.done} after {@code NAME}: a file is read only once its done file is there. */
        DONE_FILE
    }

    /** The suffix of files being written, under the rename convention, by the other system and by the hub alike. */
    String PART_SUFFIX = ".part";
    String DONE_SUFFIX = ".done";

    String host();

    int port();

    String username();

    /** From the environment, never written in a file. */
    String password();

    /** Where the other system puts its files for the hub, relative to the login folder. */
    String inbox();

    /** Where the hub puts its files for the other system, relative to the login folder. */
    String outbox();

    Completion completion();

    Duration connectTimeout();

    /** The server as log lines and delivery reports name it ({@code ftps://host:21}): never a secret. */
    String location();
}
