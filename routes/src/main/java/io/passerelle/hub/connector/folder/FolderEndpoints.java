package io.passerelle.hub.connector.folder;

import io.passerelle.hub.system.ExchangeFolder;
import io.passerelle.hub.system.FtpFolder;
import io.passerelle.hub.system.SftpFolder;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.remote.RemoteFileEndpoint;

/**
 * The camel-ftp endpoints of one system's exchange folders: the inbox as polled, a folder below it, the
 * outbox. What they do is the same whatever the protocol (and is written once, here); how a connection is
 * secured is each protocol's ({@link SftpEndpoints}, {@link FtpEndpoints}). Secrets are set on the
 * endpoint's configuration, never written in its URI, so they cannot show in logs or in the route list.
 *
 * @param <E> the protocol's endpoint type
 */
public abstract class FolderEndpoints<E extends RemoteFileEndpoint<?>> {

    protected final CamelContext camel;
    private final ExchangeFolder folder;

    protected FolderEndpoints(CamelContext camel, ExchangeFolder folder) {
        this.camel = camel;
        this.folder = folder;
    }

    /** The endpoints for a folder, in its protocol. */
    public static FolderEndpoints<?> of(CamelContext camel, ExchangeFolder folder) {
        if (folder instanceof SftpFolder sftp) {
            return new SftpEndpoints(camel, sftp);
        }
        if (folder instanceof FtpFolder ftp) {
            return new FtpEndpoints(camel, ftp);
        }
        throw new IllegalArgumentException("no endpoints for " + folder.getClass().getSimpleName());
    }

    /** The inbox as polled; completion, filtering and moves are set by the inbound route. */
    public E inbox(long pollMillis) {
        return endpoint(folder.inbox(), "delay=" + pollMillis
                // Connecting at start would make a server that is down block the route's start.
                + "&autoCreate=false"
                // Older files first: a stock snapshot of 06:00 before the one of 07:00.
                + "&sortBy=file:name"
                // The poll itself is the retry: a server that is down is tried again at the next poll.
                + "&maximumReconnectAttempts=0&throwExceptionOnConnectFailed=false");
    }

    /** A folder below the inbox (where reports are written beside the files kept there). */
    public E belowInbox(String subfolder) {
        return endpoint(folder.inbox() + "/" + subfolder, "autoCreate=true&maximumReconnectAttempts=0");
    }

    /**
     * The outbox: a file is uploaded as {@code NAME.part} and renamed when complete, so the other system
     * never reads half a file; a name already there is never overwritten. That check stays camel-ftp's
     * {@code fileExist=Fail}: its rename-only alternative (TryRename) replaces an existing file on servers offering
     * posix-rename, as OpenSSH and MINA SSHD do. Its cost is a listing of the folder per check (CAMEL-26656 makes
     * it one lstat in a later Camel), small while the other side takes its files.
     */
    public E outbox() {
        E outbox = endpoint(folder.outbox(), "autoCreate=false&fileExist=Fail&maximumReconnectAttempts=0");
        outbox.setTempFileName("${file:name}" + ExchangeFolder.PART_SUFFIX);
        return outbox;
    }

    private E endpoint(String directory, String options) {
        // The folder is relative to the user's login folder, as camel-ftp reads "scheme://host:port/folder".
        String uri = scheme() + "://" + folder.host() + ":" + folder.port() + "/" + directory + "?username="
                + folder.username() + "&binary=true&connectTimeout=" + folder.connectTimeout().toMillis() + "&" + options
                + protocolOptions();
        E endpoint = endpoint(uri);
        if (folder.password() != null && !folder.password().isBlank()) {
            endpoint.getConfiguration().setPassword(folder.password());
        }
        secure(endpoint);
        return endpoint;
    }

    /** The camel-ftp scheme: sftp, ftp or ftps. */
    protected abstract String scheme();

    /** URI options of the protocol, each starting with {@code &}; never a secret. */
    protected String protocolOptions() {
        return "";
    }

    /** The endpoint of that URI, of the protocol's type. */
    protected abstract E endpoint(String uri);

    /** How the protocol authenticates the server and the hub, and protects the connection. */
    protected abstract void secure(E endpoint);
}
