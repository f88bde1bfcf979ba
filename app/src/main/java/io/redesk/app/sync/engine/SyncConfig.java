package io.redesk.app.sync.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of the sync engine: the background interval, how often to probe while offline, the outbox
 * retry backoff, push parallelism across aggregates, the feed batch size, and the clock.
 *
 * @param interval        time between background cycles while online
 * @param offlineProbe    time between reachability probes while offline
 * @param backoff         outbox retry delays
 * @param pushParallelism aggregates pushed at once (8 by default: acceptances of different aggregates share
 *                        one vault flush, so more of them in flight means fewer flushes per change; ADR 0611)
 * @param feedBatch       changes per feed request (1..1000)
 * @param clock           time source (outbox run times, last sync)
 */
public record SyncConfig(Duration interval, Duration offlineProbe, Backoff backoff, int pushParallelism, int feedBatch,
                         Clock clock) {

    public SyncConfig {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(offlineProbe, "offlineProbe");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(clock, "clock");
        if (pushParallelism < 1 || pushParallelism > 64) {
            throw new IllegalArgumentException("push parallelism must be 1..64, was " + pushParallelism);
        }
        if (feedBatch < 1 || feedBatch > 1000) {
            throw new IllegalArgumentException("feed batch must be 1..1000, was " + feedBatch);
        }
        if (interval.isNegative() || interval.isZero() || offlineProbe.isNegative() || offlineProbe.isZero()) {
            throw new IllegalArgumentException("intervals must be positive");
        }
    }

    public static SyncConfig defaults() {
        return new SyncConfig(Duration.ofSeconds(30), Duration.ofSeconds(10), Backoff.DEFAULT, 8, 1000,
                Clock.systemUTC());
    }

    public SyncConfig withBackoff(Backoff b) {
        return new SyncConfig(interval, offlineProbe, b, pushParallelism, feedBatch, clock);
    }

    public SyncConfig withInterval(Duration i, Duration probe) {
        return new SyncConfig(i, probe, backoff, pushParallelism, feedBatch, clock);
    }

    public SyncConfig withParallelism(int n) {
        return new SyncConfig(interval, offlineProbe, backoff, n, feedBatch, clock);
    }

    public SyncConfig withFeedBatch(int n) {
        return new SyncConfig(interval, offlineProbe, backoff, pushParallelism, n, clock);
    }
}
