package io.redesk.app.task;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One execution of a {@link BackgroundTask}: runs the work, then posts exactly one outcome callback
 * (success, failure or cancelled) through the callback executor.
 */
final class TaskRun<T> implements TaskHandle, TaskContext, Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRun.class);

    private final BackgroundTask<T> task;
    private final Executor callbacks;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile Thread worker;

    TaskRun(BackgroundTask<T> task, Executor callbacks) {
        this.task = task;
        this.callbacks = callbacks;
    }

    @Override
    public void run() {
        if (cancelled.get()) {
            finish(task::cancelled);
            return;
        }
        worker = Thread.currentThread();
        try {
            T result = task.call(this);
            finish(cancelled.get() ? task::cancelled : () -> task.succeeded(result));
        } catch (Exception | LinkageError e) {
            if (cancelled.get()) {
                finish(task::cancelled);
            } else {
                LOG.warn("background task '{}' failed", task.name(), e);
                finish(() -> task.failed(e));
            }
        } finally {
            worker = null;
            // clear an interrupt aimed at this task so it cannot leak into the pool's next task
            Thread.interrupted();
        }
    }

    private void finish(Runnable outcome) {
        done.set(true);
        callbacks.execute(outcome);
    }

    @Override
    public void cancel() {
        if (!done.get() && cancelled.compareAndSet(false, true)) {
            Thread running = worker;
            if (running != null) {
                running.interrupt();
            }
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public boolean isDone() {
        return done.get();
    }

    @Override
    public void progress(long done, long total) {
        Progress progress = new Progress(done, total);
        callbacks.execute(() -> task.progressed(progress));
    }
}
