package io.redesk.app.task;

/**
 * Runs each task and its callbacks immediately on the calling thread: view-model tests call
 * {@code execute} and assert the outcome on the next line, with no waiting and no toolkit.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private volatile boolean closed;

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        if (closed) {
            throw new IllegalStateException("executor is closed; cannot run '" + task.name() + "'");
        }
        TaskRun<T> run = new TaskRun<>(task, Runnable::run);
        run.run();
        return run;
    }

    @Override
    public void close() {
        closed = true;
    }
}
