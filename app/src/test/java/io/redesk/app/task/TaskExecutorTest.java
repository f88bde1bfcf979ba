package io.redesk.app.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskExecutorTest {

    private final ExecutorService uiThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-ui"));

    @AfterEach
    void stop() {
        uiThread.shutdownNow();
    }

    @Test
    void currentThreadExecutorRunsWorkAndCallbacksAtOnce() {
        List<String> events = new CopyOnWriteArrayList<>();
        try (TaskExecutor executor = new CurrentThreadTaskExecutor()) {
            TaskHandle handle = executor.execute(BackgroundTask.of("sum", ctx -> {
                ctx.progress(1, 2);
                return 40 + 2;
            }).onProgress(p -> events.add("progress " + p.fraction())).onSuccess(r -> events.add("result " + r)));

            assertThat(events).containsExactly("progress 0.5", "result 42");
            assertThat(handle.isDone()).isTrue();
        }
    }

    @Test
    void failuresReachTheFailureCallback() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        new CurrentThreadTaskExecutor().execute(BackgroundTask.of("broken", ctx -> {
            throw new IllegalStateException("disk full");
        }).onSuccess(r -> failure.set(new AssertionError("no success expected"))).onFailure(failure::set));

        assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    }

    @Test
    void aClosedExecutorRefusesWorkClearly() {
        TaskExecutor executor = new CurrentThreadTaskExecutor();
        executor.close();

        assertThatThrownBy(() -> executor.execute(BackgroundTask.of("late", ctx -> 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'late'");
    }

    @Test
    void poolRunsWorkOffTheUiThreadAndCallbacksOnIt() throws InterruptedException {
        AtomicReference<String> workThread = new AtomicReference<>();
        AtomicReference<String> callbackThread = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        try (TaskExecutor executor = new ThreadPoolTaskExecutor(1, uiThread)) {
            executor.execute(BackgroundTask.of("where", ctx -> {
                workThread.set(Thread.currentThread().getName());
                return "ok";
            }).onSuccess(r -> {
                callbackThread.set(Thread.currentThread().getName());
                done.countDown();
            }));

            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(workThread.get()).startsWith("redesk-bg-");
        assertThat(callbackThread.get()).isEqualTo("fake-ui");
    }

    @Test
    void aCallbackDueAfterCloseIsDroppedNotRunAgainstTheClosedExecutor() throws Exception {
        // the UI thread is held so the task's callback is posted before close but runs after it, as when a
        // window closes while its last load finishes: the callback would queue more work and be refused
        CountDownLatch holdUi = new CountDownLatch(1);
        uiThread.execute(() -> {
            try {
                holdUi.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<String> outcomes = new CopyOnWriteArrayList<>();
        CountDownLatch worked = new CountDownLatch(1);
        TaskExecutor executor = new ThreadPoolTaskExecutor(1, uiThread);
        executor.execute(BackgroundTask.of("load", ctx -> {
            worked.countDown();
            return "rows";
        }).onSuccess(r -> {
            outcomes.add("success");
            executor.execute(BackgroundTask.of("load again", ctx -> 1));
        }).onFailure(e -> outcomes.add("failure " + e)));
        assertThat(worked.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100); // the worker posts the callback behind the held UI thread

        executor.close();
        holdUi.countDown();
        uiThread.submit(() -> { }).get(5, TimeUnit.SECONDS);

        assertThat(outcomes).isEmpty();
    }

    @Test
    void cancellingInterruptsTheWorkAndRunsOnlyTheCancelCallback() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        List<String> outcomes = new CopyOnWriteArrayList<>();
        try (TaskExecutor executor = new ThreadPoolTaskExecutor(1, uiThread)) {
            TaskHandle handle = executor.execute(BackgroundTask.of("long", ctx -> {
                started.countDown();
                Thread.sleep(30_000);
                return "finished";
            }).onSuccess(r -> outcomes.add("success")).onFailure(e -> outcomes.add("failure"))
                    .onCancelled(() -> {
                        outcomes.add("cancelled");
                        cancelled.countDown();
                    }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

            handle.cancel();

            assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(handle.isCancelled()).isTrue();
        }
        assertThat(outcomes).containsExactly("cancelled");
    }

    @Test
    void progressMustBeWithinItsTotal() {
        assertThat(new Progress(0, 0).fraction()).isEqualTo(-1);
        assertThatThrownBy(() -> new Progress(3, 2)).hasMessageContaining("0 <= done <= total");
    }
}
