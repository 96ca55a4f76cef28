package io.passerelle.hub.connector.folder;

import io.passerelle.hub.system.SftpFolder;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.remote.SftpConfiguration;
import org.apache.camel.component.file.remote.SftpEndpoint;

/**
 * SFTP folders (a WMS's, a trading partner's), always verifying the server's host key against the configured
 * known_hosts file (camel-ftp's own default is not to); the hub signs in with a password or a private key.
 */
public final class SftpEndpoints extends FolderEndpoints<SftpEndpoint> {

    private final SftpFolder folder;

    public SftpEndpoints(CamelContext camel, SftpFolder folder) {
        super(camel, folder);
        this.folder = folder;
    }

    @Override
    protected String scheme() {
        return "sftp";
    }

    @Override
    protected SftpEndpoint endpoint(String uri) {
        return camel.getEndpoint(uri, SftpEndpoint.class);
    }

    @Override
    protected void secure(SftpEndpoint endpoint) {
        SftpConfiguration configuration = endpoint.getConfiguration();
        configuration.setKnownHostsFile(folder.knownHosts());
        configuration.setUseUserKnownHostsFile(false);
        configuration.setStrictHostKeyChecking("yes");
        if (folder.privateKeyFile() != null && !folder.privateKeyFile().isBlank()) {
            configuration.setPrivateKeyFile(folder.privateKeyFile());
            configuration.setPrivateKeyPassphrase(folder.privateKeyPassphrase());
        }
    }
}
