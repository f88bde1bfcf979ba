package io.redesk.app.task;

/**
 * The one way the app runs background work (STYLE.md 5): the work runs off the UI thread and its
 * callbacks run on the UI thread, so nothing blocks the FX thread and no callback races the UI.
 *
 * <p>Implementations: {@code io.redesk.app.ui.task.FxTaskExecutor} for the running app,
 * {@link CurrentThreadTaskExecutor} for tests (runs everything at once, on the caller's thread).
 */
public interface TaskExecutor extends AutoCloseable {

    /** Starts {@code task} and returns a handle to cancel it. */
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Cancels running work and refuses new tasks. */
    @Override
    void close();
}
