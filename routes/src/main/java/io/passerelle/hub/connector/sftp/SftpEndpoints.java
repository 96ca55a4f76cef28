package io.passerelle.hub.connector.sftp;

import io.passerelle.hub.system.SftpFolder;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.remote.SftpConfiguration;
import org.apache.camel.component.file.remote.SftpEndpoint;

/**
 * The camel-ftp endpoints of one system's SFTP folders (a WMS's, a trading partner's), all verifying the server's host key against the
 * configured known_hosts file (camel-ftp's own default is not to). Secrets are set on the endpoint's
 * configuration, never written in its URI, so they cannot show in logs or in the route list.
 */
public final class SftpEndpoints {

    private final CamelContext camel;
    private final SftpFolder folder;

    public SftpEndpoints(CamelContext camel, SftpFolder folder) {
        this.camel = camel;
        this.folder = folder;
    }

    /** The inbox as polled; completion, filtering and moves are set by the inbound route. */
    public SftpEndpoint inbox(long pollMillis) {
        return endpoint(folder.inbox(), "delay=" + pollMillis
                // Connecting at start would make a server that is down block the route's start.
                + "&autoCreate=false"
                // Older files first: a stock snapshot of 06:00 before the one of 07:00.
                + "&sortBy=file:name"
                // The poll itself is the retry: a server that is down is tried again at the next poll.
                + "&maximumReconnectAttempts=0&throwExceptionOnConnectFailed=false");
    }

    /** A folder below the inbox (where reports are written beside the files kept there). */
    public SftpEndpoint belowInbox(String subfolder) {
        return endpoint(folder.inbox() + "/" + subfolder, "autoCreate=true&maximumReconnectAttempts=0");
    }

    /**
     * The outbox: a file is uploaded as {@code NAME.part} and renamed when complete, so the system never
     * reads half a file; a name already there is never overwritten.
     */
    public SftpEndpoint outbox() {
        SftpEndpoint outbox = endpoint(folder.outbox(), "autoCreate=false&fileExist=Fail&maximumReconnectAttempts=0");
        outbox.setTempFileName("${file:name}" + SftpFolder.PART_SUFFIX);
        return outbox;
    }

    private SftpEndpoint endpoint(String directory, String options) {
        // The folder is relative to the SFTP user's login folder, as camel-ftp reads "sftp://host:port/folder".
        String uri = "sftp://" + folder.host() + ":" + folder.port() + "/" + directory + "?username=" + folder.username()
                + "&binary=true&connectTimeout=" + folder.connectTimeout().toMillis() + "&" + options;
        SftpEndpoint endpoint = camel.getEndpoint(uri, SftpEndpoint.class);
        SftpConfiguration configuration = endpoint.getConfiguration();
        configuration.setKnownHostsFile(folder.knownHosts());
        configuration.setUseUserKnownHostsFile(false);
        configuration.setStrictHostKeyChecking("yes");
        if (folder.password() != null && !folder.password().isBlank()) {
            configuration.setPassword(folder.password());
        }
        if (folder.privateKeyFile() != null && !folder.privateKeyFile().isBlank()) {
            configuration.setPrivateKeyFile(folder.privateKeyFile());
            configuration.setPrivateKeyPassphrase(folder.privateKeyPassphrase());
        }
        return endpoint;
    }
}
