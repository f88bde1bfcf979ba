package io.redesk.app.sync.engine;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Keeps a test's child JVM from outliving its parent: the parent holds the write end of the child's
 * stdin and never writes to it, so the child's stdin reaches end-of-file exactly when the parent is gone
 * (exited, crashed or killed with {@code kill -9}, which no shutdown hook of the parent could catch).
 * The child then halts at once. A ceiling on the child's lifetime backs this up.
 */
final class ParentWatchdog {

    /** Exit status of a child stopped by the watchdog. */
    static final int ORPHANED = 3;

    private ParentWatchdog() {
    }

    /** Starts the watchdog on {@code System.in} with the given lifetime ceiling. */
    static void start(Duration maxLifetime) {
        start(System.in, maxLifetime);
    }

    static void start(InputStream parentPipe, Duration maxLifetime) {
        Thread pipe = new Thread(() -> {
            byte[] sink = new byte[256];
            try {
                while (parentPipe.read(sink) != -1) {
                    // the parent never writes; anything it does write is ignored
                }
            } catch (IOException closed) {
                // a broken pipe means the same as end-of-file: the parent is gone
            }
            Runtime.getRuntime().halt(ORPHANED);
        }, "parent-watchdog");
        pipe.setDaemon(true);
        pipe.start();
        Thread ceiling = new Thread(() -> {
            try {
                Thread.sleep(maxLifetime.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(ORPHANED);
        }, "lifetime-watchdog");
        ceiling.setDaemon(true);
        ceiling.start();
    }
}
