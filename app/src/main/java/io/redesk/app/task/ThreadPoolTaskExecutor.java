package io.redesk.app.task;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on a small pool of daemon threads and posts callbacks through a given executor (the FX
 * implementation passes {@code Platform::runLater}). Daemon threads so a forgotten task never keeps
 * the app alive after its window closed.
 */
public class ThreadPoolTaskExecutor implements TaskExecutor {

    private final ExecutorService pool;
    private final Executor callbacks;
    private volatile boolean closed;

    /** A pool of {@code threads} workers named {@code redesk-bg-N}, posting callbacks to {@code callbacks}. */
    public ThreadPoolTaskExecutor(int threads, Executor callbacks) {
        if (threads < 1) {
            throw new IllegalArgumentException("need at least one worker thread, got " + threads);
        }
        Objects.requireNonNull(callbacks, "callbacks");
        // a task finishing after close (its session signed out, its window gone) has no one to tell: its
        // callback is dropped, also when it was posted just before close, instead of running against a
        // closed executor (a refresh queued by the callback would be refused and thrown on the FX thread)
        this.callbacks = outcome -> callbacks.execute(() -> {
            if (!closed) {
                outcome.run();
            }
        });
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = work -> {
            Thread thread = new Thread(work, "redesk-bg-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        TaskRun<T> run = new TaskRun<>(task, callbacks);
        try {
            pool.execute(run);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("executor is closed; cannot run '" + task.name() + "'", e);
        }
        return run;
    }

    @Override
    public void close() {
        closed = true;
        pool.shutdownNow();
    }
}
