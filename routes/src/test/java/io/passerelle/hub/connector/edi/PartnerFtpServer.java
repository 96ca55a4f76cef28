package io.passerelle.hub.connector.edi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.ssl.SslConfigurationFactory;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * A real FTP server in the test JVM standing for a trading partner's (Apache FtpServer): 127.0.0.1, passive
 * data connections, one user whose home holds the partner's inbox and outbox. With TLS it is an FTPS server
 * with explicit TLS ({@code AUTH TLS}) and a certificate of its own, made here with the JDK's keytool, for
 * 127.0.0.1; {@link #trustStore()} is what the hub must trust. It records each command with whether its
 * connection was encrypted, to show how the hub signed in and wrote its files.
 */
final class PartnerFtpServer implements AutoCloseable {

    static final String USER = "passerelle";
    static final String PASSWORD = "partner-ftp-test-secret";
    static final String TRUST_STORE_PASSWORD = "trust-test-secret";
    private static final String KEY_STORE_PASSWORD = "key-test-secret";

    /** A command the server received: its name and argument, and whether the control connection was under TLS. */
    record Command(String name, String argument, boolean secure) {
    }

    private final Path root;
    private final int port;
    private final boolean tls;
    private final List<Command> commands = new CopyOnWriteArrayList<>();
    private FtpServer server;

    PartnerFtpServer(Path root, boolean tls) {
        this.root = root;
        this.tls = tls;
        this.port = freePort();
        try {
            Files.createDirectories(inbox());
            Files.createDirectories(outbox());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PartnerFtpServer start() {
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(port);
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setPassiveAddress("127.0.0.1");
        if (tls) {
            SslConfigurationFactory ssl = new SslConfigurationFactory();
            ssl.setKeystoreFile(keyStore().toFile());
            ssl.setKeystoreType("PKCS12");
            ssl.setKeystorePassword(KEY_STORE_PASSWORD);
            ssl.setKeyPassword(KEY_STORE_PASSWORD);
            // TLS 1.2, as partners' servers commonly run it (the hub offers 1.2 and 1.3). With TLS 1.3, MINA 2.2's
            // SSL filter here dropped the control connection after a data transfer now and then.
            ssl.setSslProtocol("TLSv1.2");
            listener.setSslConfiguration(ssl.createSslConfiguration());
            listener.setImplicitSsl(false);
            data.setSslConfiguration(ssl.createSslConfiguration());
        }
        listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        factory.addListener("default", listener.createListener());
        factory.setUserManager(new PropertiesUserManagerFactory().createUserManager());
        BaseUser user = new BaseUser();
        user.setName(USER);
        user.setPassword(PASSWORD);
        user.setHomeDirectory(root.toAbsolutePath().toString());
        user.setAuthorities(List.of(new WritePermission()));
        try {
            factory.getUserManager().save(user);
        } catch (FtpException e) {
            throw new IllegalStateException(e);
        }
        factory.getFtplets().put("recorder", new DefaultFtplet() {
            @Override
            public FtpletResult beforeCommand(FtpSession session, FtpRequest request) throws FtpException, IOException {
                commands.add(new Command(request.getCommand(), request.getArgument(), session.isSecure()));
                return super.beforeCommand(session, request);
            }
        });
        FtpServer ftp = factory.createServer();
        try {
            ftp.start();
        } catch (FtpException e) {
            throw new IllegalStateException("cannot start the test FTP server on port " + port, e);
        }
        server = ftp;
        return this;
    }

    void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    int port() {
        return port;
    }

    Path inbox() {
        return root.resolve("inbox");
    }

    Path outbox() {
        return root.resolve("outbox");
    }

    List<Command> commands() {
        return commands;
    }

    /** The server's certificate alone, in a PKCS#12 trust store: what the partner hands the hub. */
    Path trustStore() {
        Path trust = root.resolveSibling(root.getFileName() + "-trust.p12");
        if (!Files.exists(trust)) {
            Path certificate = root.resolveSibling(root.getFileName() + ".cer");
            keytool("-exportcert", "-alias", "ftps", "-keystore", keyStore().toString(), "-storetype", "PKCS12",
                    "-storepass", KEY_STORE_PASSWORD, "-file", certificate.toString());
            keytool("-importcert", "-noprompt", "-alias", "partner-ftps", "-file", certificate.toString(),
                    "-keystore", trust.toString(), "-storetype", "PKCS12", "-storepass", TRUST_STORE_PASSWORD);
        }
        return trust;
    }

    /** A key pair and self-signed certificate for 127.0.0.1 (the name the hub checks), made once. */
    private Path keyStore() {
        Path keys = root.resolveSibling(root.getFileName() + "-keys.p12");
        if (!Files.exists(keys)) {
            keytool("-genkeypair", "-alias", "ftps", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-keystore", keys.toString(),
                    "-storetype", "PKCS12", "-storepass", KEY_STORE_PASSWORD, "-keypass", KEY_STORE_PASSWORD);
        }
        return keys;
    }

    private static void keytool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
