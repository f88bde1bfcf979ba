package io.redesk.app.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of work for a {@link TaskExecutor}, with callbacks that the executor runs on the UI thread.
 *
 * <p>Built fluently: {@code BackgroundTask.of("import", ctx -> parse(file, ctx)).onSuccess(view::show)
 * .onFailure(view::showError)}. The work itself never touches UI objects; callbacks may.
 *
 * @param <T> the result type
 */
public final class BackgroundTask<T> {

    /** The work: runs off the UI thread, may report progress and should stop when cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T call(TaskContext context) throws Exception;
    }

    private final String name;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Throwable> onFailure = error -> { };
    private Consumer<? super Progress> onProgress = progress -> { };
    private Runnable onCancelled = () -> { };

    private BackgroundTask(String name, Work<T> work) {
        this.name = Objects.requireNonNull(name, "name");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** A task called {@code name} (for logs and thread names) doing {@code work}. */
    public static <T> BackgroundTask<T> of(String name, Work<T> work) {
        return new BackgroundTask<>(name, work);
    }

    /** Runs with the result when the work returns normally and was not cancelled. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback, "callback");
        return this;
    }

    /** Runs with the exception when the work throws and was not cancelled. */
    public BackgroundTask<T> onFailure(Consumer<? super Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback, "callback");
        return this;
    }

    /** Runs for each progress report. */
    public BackgroundTask<T> onProgress(Consumer<? super Progress> callback) {
        this.onProgress = Objects.requireNonNull(callback, "callback");
        return this;
    }

    /** Runs once if the task was cancelled. */
    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback, "callback");
        return this;
    }

    /** The task's name. */
    public String name() {
        return name;
    }

    T call(TaskContext context) throws Exception {
        return work.call(context);
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Throwable error) {
        onFailure.accept(error);
    }

    void progressed(Progress progress) {
        onProgress.accept(progress);
    }

    void cancelled() {
        onCancelled.run();
    }
}
