package io.redesk.app.ui.task;

import io.redesk.app.task.ThreadPoolTaskExecutor;
import javafx.application.Platform;

/**
 * The running app's {@link io.redesk.app.task.TaskExecutor}: work on two background threads (the
 * machine shares its cores; more would not make the UI faster), callbacks on the JavaFX thread.
 */
public final class FxTaskExecutor extends ThreadPoolTaskExecutor {

    /** An executor with two worker threads. */
    public FxTaskExecutor() {
        super(2, Platform::runLater);
    }
}
