package io.passerelle.hub.connector.wms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;

/**
 * A real SFTP server in the test JVM standing for a WMS's (Apache MINA SSHD): 127.0.0.1, its own
 * generated host key, password authentication, a file system rooted in a temporary folder with the
 * WMS's inbox and outbox. It records what clients do, to show how files were written.
 */
public final class WmsSftpServer implements AutoCloseable {

    public static final String USER = "passerelle";
    public static final String PASSWORD = "wms-test-secret";

    /** A rename seen by the server, with the content the file had at that moment. */
    public record Rename(String from, String to, byte[] content) {
    }

    private final Path root;
    private final int port;
    private final SimpleGeneratorHostKeyProvider hostKey;
    private final List<String> openedForWriting = new CopyOnWriteArrayList<>();
    private final List<Rename> renames = new CopyOnWriteArrayList<>();
    private final AtomicInteger sessionsOpened = new AtomicInteger();
    private final AtomicInteger logins = new AtomicInteger();
    private SshServer server;

    /** A server (not yet started) on a free port, with its inbox and outbox. */
    public WmsSftpServer(Path root) {
        this.root = root;
        this.port = freePort();
        try {
            Files.createDirectories(root.resolve("inbox"));
            Files.createDirectories(root.resolve("outbox"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.hostKey = generatedKey(root.resolveSibling(root.getFileName() + "-host-key"));
    }

    static SimpleGeneratorHostKeyProvider generatedKey(Path file) {
        SimpleGeneratorHostKeyProvider key = new SimpleGeneratorHostKeyProvider(file);
        key.setAlgorithm("EC");
        key.setKeySize(256);
        key.loadKeys(null); // generates and stores the key now, so a restarted server presents the same one
        return key;
    }

    public WmsSftpServer start() {
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(port);
        sshd.setKeyPairProvider(hostKey);
        sshd.setPasswordAuthenticator((user, password, session) -> {
            boolean ok = USER.equals(user) && PASSWORD.equals(password);
            if (ok) {
                logins.incrementAndGet();
            }
            return ok;
        });
        sshd.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                sessionsOpened.incrementAndGet();
            }
        });
        SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().build();
        sftp.addSftpEventListener(new SftpEventListener() {
            @Override
            public void open(ServerSession session, String remoteHandle, Handle localHandle) {
                if (localHandle instanceof FileHandle file && file.getOpenOptions().contains(StandardOpenOption.WRITE)) {
                    openedForWriting.add(relative(file.getFile()));
                }
            }

            @Override
            public void moving(ServerSession session, Path srcPath, Path dstPath, Collection<CopyOption> opts)
                    throws IOException {
                renames.add(new Rename(relative(srcPath), relative(dstPath),
                        Files.isRegularFile(srcPath) ? Files.readAllBytes(srcPath) : new byte[0]));
            }
        });
        sshd.setSubsystemFactories(List.of(sftp));
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(root));
        try {
            sshd.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test SFTP server on port " + port, e);
        }
        server = sshd;
        return this;
    }

    public void stop() {
        try {
            if (server != null) {
                server.stop(true);
                server = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return port;
    }

    Path root() {
        return root;
    }

    public Path inbox() {
        return root.resolve("inbox");
    }

    public Path outbox() {
        return root.resolve("outbox");
    }

    /** A known_hosts file for the hub holding this server's host key. */
    public Path knownHosts() {
        return writeKnownHosts(root.resolveSibling(root.getFileName() + "-known_hosts"), hostKey);
    }

    /** A known_hosts file naming this server's address with another key: what a hub sees when a server is replaced. */
    Path knownHostsWithAnotherKey() {
        return writeKnownHosts(root.resolveSibling(root.getFileName() + "-expected_known_hosts"),
                generatedKey(root.resolveSibling(root.getFileName() + "-expected-key")));
    }

    private Path writeKnownHosts(Path file, SimpleGeneratorHostKeyProvider key) {
        try {
            KeyPair pair = key.loadKeys(null).iterator().next();
            Files.writeString(file, "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(pair.getPublic()) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> openedForWriting() {
        return openedForWriting;
    }

    public List<Rename> renames() {
        return renames;
    }

    int sessionsOpened() {
        return sessionsOpened.get();
    }

    int logins() {
        return logins.get();
    }

    private String relative(Path path) {
        String text = path.toString();
        return text.startsWith("/") ? text.substring(1) : text;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
