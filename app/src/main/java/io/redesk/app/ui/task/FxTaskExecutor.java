package io.redesk.app.ui.task;

import io.redesk.app.task.ThreadPoolTaskExecutor;
import javafx.application.Platform;

/**
 * The running app's {@link io.redesk.app.task.TaskExecutor}: work on two background threads,
 * callbacks on the JavaFX thread. Two, because background work here is mostly vault and network I/O
 * and a desktop has other things to do; more threads would mostly contend for the vault.
 */
public final class FxTaskExecutor extends ThreadPoolTaskExecutor {

    /** An executor with two worker threads. */
    public FxTaskExecutor() {
        super(2, Platform::runLater);
    }
}
