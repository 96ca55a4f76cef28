package io.passerelle.hub.system;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * This hub instance's name in the leases it takes (claimed ERP rows, subscribers it delivers to):
 * {@code pid@host/uuid}, the process, its machine, and this application context (two contexts in one JVM are two
 * instances). A lease outlives a crash until it expires; a restarted hub need not wait that long for the leases its
 * previous run left, and {@link #knownDead} says which holders are certainly gone.
 */
@Component
public class HubInstance {

    /** The instances of this JVM that are running: a holder with this JVM's pid and another id is a previous run. */
    private static final Set<String> RUNNING = ConcurrentHashMap.newKeySet();

    private final String host;
    private final String id;

    public HubInstance() {
        String process = ManagementFactory.getRuntimeMXBean().getName().replaceAll("[^A-Za-z0-9@._-]", "");
        this.host = process.substring(process.indexOf('@') + 1);
        this.id = process + "/" + UUID.randomUUID();
        RUNNING.add(id);
    }

    public String id() {
        return id;
    }

    /**
     * True when the holder ran on this machine and is gone: its process has ended, or it had this process's pid
     * and is none of this JVM's running instances (a previous run that got the same pid, as PID 1 in a container
     * does). A holder on another machine, or a process of this machine that is alive, is never known dead: its
     * lease expires as it would have. A pid reused by another program meanwhile only makes us wait for the lease.
     */
    public boolean knownDead(String holder) {
        int at = holder.indexOf('@');
        int slash = holder.indexOf('/', at + 1);
        if (at <= 0 || slash < 0 || !holder.substring(at + 1, slash).equals(host)) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(holder.substring(0, at));
        } catch (NumberFormatException e) {
            return false;
        }
        if (pid == ProcessHandle.current().pid()) {
            return !RUNNING.contains(holder);
        }
        return ProcessHandle.of(pid).map(handle -> !handle.isAlive()).orElse(true);
    }

    /** The holders among these that are {@link #knownDead known dead}, for an {@code = ANY(?)} parameter. */
    public String[] deadAmong(Collection<String> holders) {
        return holders.stream().filter(this::knownDead).toArray(String[]::new);
    }

    @PreDestroy
    void stopped() {
        RUNNING.remove(id);
    }
}
