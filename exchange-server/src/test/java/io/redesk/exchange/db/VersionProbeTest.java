package io.redesk.exchange.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shared write-version probe (ADR 0404): a request is never answered with a version read before it
 * arrived, requests that arrive while a probe runs share the next one, and a failing probe fails only its
 * own caller.
 */
class VersionProbeTest {

    /** The database's version, and a query that reads it when it starts and then waits to be let go. */
    private final AtomicLong database = new AtomicLong();
    private final AtomicInteger queries = new AtomicInteger();
    private final List<CountDownLatch> gates = new ArrayList<>();
    private final ExecutorService pool = Executors.newCachedThreadPool();

    private final VersionProbe probe = new VersionProbe(() -> {
        long v = database.get();
        CountDownLatch gate;
        synchronized (gates) {
            gate = gates.get(queries.getAndIncrement());
        }
        try {
            if (!gate.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate never opened");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (v < 0) {
            throw new IllegalStateException("database unavailable");
        }
        return v;
    });

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private CountDownLatch gate() {
        CountDownLatch g = new CountDownLatch(1);
        synchronized (gates) {
            gates.add(g);
        }
        return g;
    }

    @Test
    void aRequestArrivingDuringAProbeWaitsForALaterOneAndSeesTheWriteBeforeIt() throws Exception {
        CountDownLatch first = gate();
        CountDownLatch second = gate();
        Future<Long> early = pool.submit(probe::current);
        awaitQueries(1);
        database.set(5); // a write commits while the first probe is in flight
        Future<Long> late = pool.submit(probe::current);
        awaitWaiting(1);
        first.countDown();
        assertThat(early.get(5, TimeUnit.SECONDS)).isZero();
        second.countDown();
        assertThat(late.get(5, TimeUnit.SECONDS)).isEqualTo(5);
        assertThat(probe.probes()).isEqualTo(2);
    }

    @Test
    void requestsArrivingTogetherShareOneProbe() throws Exception {
        CountDownLatch first = gate();
        CountDownLatch second = gate();
        Future<Long> running = pool.submit(probe::current);
        awaitQueries(1);
        database.set(7);
        List<Future<Long>> group = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            group.add(pool.submit(probe::current));
        }
        awaitWaiting(10);
        first.countDown();
        assertThat(running.get(5, TimeUnit.SECONDS)).isZero();
        awaitQueries(2);
        second.countDown();
        for (Future<Long> f : group) {
            assertThat(f.get(5, TimeUnit.SECONDS)).isEqualTo(7);
        }
        // the first probe, and one for the whole group (not one per request)
        assertThat(probe.probes()).isEqualTo(2);
        assertThat(queries.get()).isEqualTo(2);
    }

    @Test
    void aFailedProbeFailsItsCallerAndTheNextRequestProbesAgain() throws Exception {
        CountDownLatch first = gate();
        database.set(-1);
        Future<Long> failing = pool.submit(probe::current);
        awaitQueries(1);
        first.countDown();
        assertThatThrownBy(() -> failing.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("database unavailable");
        database.set(3);
        gate().countDown();
        assertThat(CompletableFuture.supplyAsync(probe::current, pool).get(5, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(probe.probes()).isEqualTo(2);
    }

    private void awaitQueries(int n) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (queries.get() < n) {
            assertThat(System.nanoTime()).as("query %d started", n).isLessThan(until);
            Thread.sleep(1);
        }
    }

    /** Until {@code n} callers wait in the probe's monitor for the running probe to finish. */
    private void awaitWaiting(int n) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (waiting() < n) {
            assertThat(System.nanoTime()).as("%d callers waiting", n).isLessThan(until);
            Thread.sleep(1);
        }
    }

    private static int waiting() {
        int n = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getState() == Thread.State.WAITING) {
                boolean inProbe = false;
                boolean inQuery = false; // the running probe's thread waits at its gate, not in the monitor
                for (StackTraceElement e : t.getStackTrace()) {
                    inProbe |= e.getClassName().equals(VersionProbe.class.getName());
                    inQuery |= e.getClassName().equals(CountDownLatch.class.getName());
                }
                if (inProbe && !inQuery) {
                    n++;
                }
            }
        }
        return n;
    }
}
