package io.passerelle.hub.connector.folder;

import io.passerelle.hub.system.FtpFolder;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.remote.FtpEndpoint;
import org.apache.camel.component.file.remote.FtpsEndpoint;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/**
 * FTP folders of a trading partner, passive and binary. With {@code tls: explicit} (FTPS) the hub asks for
 * TLS before it signs in ({@code AUTH TLS}), protects the data connections too ({@code PROT P}, camel-ftp's
 * default) and verifies the server's certificate chain against the partner's trust store, or the JVM's,
 * and its name against the host it connects to. Plain FTP has no such protection: see {@link FtpFolder}.
 */
public final class FtpEndpoints extends FolderEndpoints<FtpEndpoint<?>> {

    private final FtpFolder folder;

    public FtpEndpoints(CamelContext camel, FtpFolder folder) {
        super(camel, folder);
        this.folder = folder;
    }

    @Override
    protected String scheme() {
        return folder.secure() ? "ftps" : "ftp";
    }

    @Override
    protected String protocolOptions() {
        return "&passiveMode=" + folder.passive()
                // Whole paths in each command rather than a CWD per folder: camel-ftp streams a download (straight
                // into the archive, whatever the file's size) only so.
                + "&stepwise=false"
                // commons-net checks the certificate's name against the host only when asked to.
                + (folder.secure() ? "&ftpClient.endpointCheckingEnabled=true" : "");
    }

    @Override
    protected FtpEndpoint<?> endpoint(String uri) {
        return camel.getEndpoint(uri, FtpEndpoint.class);
    }

    @Override
    protected void secure(FtpEndpoint<?> endpoint) {
        if (endpoint instanceof FtpsEndpoint ftps) {
            ftps.getConfiguration().setImplicit(false);
            ftps.setSslContextParameters(tls());
        }
    }

    /**
     * Always an explicit SSLContext: without one, commons-net's FTPSClient accepts any certificate that is
     * within its validity dates, whoever signed it.
     */
    private SSLContextParameters tls() {
        SSLContextParameters tls = new SSLContextParameters();
        // Without trust managers of its own, the SSLContext takes the JVM's default trust store (its public CAs).
        if (folder.trustStore() != null && !folder.trustStore().isBlank()) {
            KeyStoreParameters store = new KeyStoreParameters();
            store.setResource("file:" + folder.trustStore());
            store.setPassword(folder.trustStorePassword());
            store.setType("PKCS12");
            TrustManagersParameters trust = new TrustManagersParameters();
            trust.setKeyStore(store);
            tls.setTrustManagers(trust);
        }
        return tls;
    }
}
