package io.passerelle.mappings.xref;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on PostgreSQL's {@code xref_changed} channel, which every table change notifies in its own
 * transaction (payload: the domain and the signing instance), and hands each distinct payload on; the
 * conversion tables reload the domain when another instance changed it. Several hub instances on one database thus see each other's changes within moments. After a lost connection everything is reloaded, since
 * notifications sent meanwhile are gone.
 */
public final class XrefChangeListener implements AutoCloseable {

    public static final String CHANNEL = "xref_changed";
    private static final Logger log = LoggerFactory.getLogger(XrefChangeListener.class);
    private static final int POLL_MILLIS = 200;

    private final DataSource dataSource;
    private final Consumer<String> changeAnnounced;
    private final Runnable reloadAll;
    private final Thread thread;
    private volatile boolean running = true;

    public XrefChangeListener(DataSource dataSource, Consumer<String> changeAnnounced, Runnable reloadAll) {
        this.dataSource = dataSource;
        this.changeAnnounced = changeAnnounced;
        this.reloadAll = reloadAll;
        this.thread = BackgroundThreads.named("xref-change-listener").newThread(this::listen);
    }

    public void start() {
        thread.start();
    }

    private void listen() {
        boolean reconnecting = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (reconnecting) {
                    reloadAll.run();
                    log.info("Conversion-table listener reconnected; all domains reloaded");
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        java.util.Arrays.stream(notifications).map(PGNotification::getParameter).distinct()
                                .forEach(changeAnnounced);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                reconnecting = true;
                log.warn("Conversion-table listener lost its connection ({}); retrying in 1 s", e.getMessage());
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
