package io.redesk.app.task;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * An executor a test steps by hand: {@link #execute} only queues the task; {@link #runWork(int)} runs
 * the n-th task's work (in any order the test chooses, as a pool of threads might) and queues its
 * callback; {@link #deliverNextCallback()} runs the oldest queued callback, as the FX thread would. So a
 * test can replay any interleaving of two tasks' work and callbacks deterministically.
 */
public final class SteppedTaskExecutor implements TaskExecutor {

    private final List<TaskRun<?>> runs = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Deque<Runnable> callbacks = new ArrayDeque<>();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        TaskRun<T> run = new TaskRun<>(task, callbacks::add);
        runs.add(run);
        names.add(task.name());
        return run;
    }

    /** How many tasks were queued so far. */
    public int queued() {
        return runs.size();
    }

    /** The name of the {@code n}-th queued task (0-based). */
    public String name(int n) {
        return names.get(n);
    }

    /** Runs the {@code n}-th queued task's work (0-based) on the calling thread; its callback waits. */
    public void runWork(int n) {
        runs.get(n).run();
    }

    /** Runs the oldest callback not yet delivered. */
    public void deliverNextCallback() {
        Runnable r = callbacks.poll();
        if (r == null) {
            throw new IllegalStateException("no callback waiting");
        }
        r.run();
    }

    /** Delivers every waiting callback in order. */
    public void deliverCallbacks() {
        while (!callbacks.isEmpty()) {
            callbacks.poll().run();
        }
    }

    @Override
    public void close() {
    }
}
