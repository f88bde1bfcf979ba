package io.redesk.app.task;

/** What a running task sees of its executor: cancellation and progress reporting. */
public interface TaskContext {

    /** True once the user (or the app) asked to cancel; long work checks it between steps. */
    boolean isCancelled();

    /** Reports progress; delivered to the task's progress callback on the UI thread. */
    void progress(long done, long total);
}
