package io.redesk.app.task;

/** A submitted task, as seen by whoever started it. */
public interface TaskHandle {

    /** Asks the task to stop; it gets interrupted and its cancel callback runs instead of success/failure. */
    void cancel();

    /** Whether {@link #cancel()} was called before the task finished. */
    boolean isCancelled();

    /** Whether the task has finished (succeeded, failed or was cancelled) and its callback has been posted. */
    boolean isDone();
}
