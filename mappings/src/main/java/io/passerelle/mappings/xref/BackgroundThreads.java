package io.passerelle.mappings.xref;

import java.util.concurrent.ThreadFactory;
import org.springframework.util.CustomizableThreadCreator;

/** Named daemon threads for the engine's background work: they never keep a stopping JVM alive. */
final class BackgroundThreads {

    private BackgroundThreads() {
    }

    static ThreadFactory named(String name) {
        CustomizableThreadCreator threads = new CustomizableThreadCreator(name + "-");
        threads.setDaemon(true);
        return threads::createThread;
    }
}
