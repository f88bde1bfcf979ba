package io.redesk.app.sync.engine;

import io.redesk.sdk.Backoff;
import io.redesk.sdk.model.batch.MutationBatchRequest;
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
 * @param pushBatch       changes per push request at most (1..100, the contract's limit): when more than one
 *                        is ready, they go as a mutation batch, one idempotency key per change (ADR 0612);
 *                        1 sends one request per change
 * @param clock           time source (outbox run times, last sync)
 */
public record SyncConfig(Duration interval, Duration offlineProbe, Backoff backoff, int pushParallelism, int feedBatch,
                         int pushBatch, Clock clock) {

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
        if (pushBatch < 1 || pushBatch > MutationBatchRequest.MAX_ITEMS) {
            throw new IllegalArgumentException("push batch must be 1.." + MutationBatchRequest.MAX_ITEMS + ", was " + pushBatch);
        }
        if (interval.isNegative() || interval.isZero() || offlineProbe.isNegative() || offlineProbe.isZero()) {
            throw new IllegalArgumentException("intervals must be positive");
        }
    }

    /** Outbox retries: from 1 s doubling up to 5 min, full jitter (the SDK's one {@link Backoff} policy). */
    public static final Backoff OUTBOX_BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

    public static SyncConfig defaults() {
        return new SyncConfig(Duration.ofSeconds(30), Duration.ofSeconds(10), OUTBOX_BACKOFF, 8, 1000,
                MutationBatchRequest.MAX_ITEMS, Clock.systemUTC());
    }

    public SyncConfig withBackoff(Backoff b) {
        return new SyncConfig(interval, offlineProbe, b, pushParallelism, feedBatch, pushBatch, clock);
    }

    public SyncConfig withInterval(Duration i, Duration probe) {
        return new SyncConfig(i, probe, backoff, pushParallelism, feedBatch, pushBatch, clock);
    }

    public SyncConfig withParallelism(int n) {
        return new SyncConfig(interval, offlineProbe, backoff, n, feedBatch, pushBatch, clock);
    }

    public SyncConfig withPushBatch(int n) {
        return new SyncConfig(interval, offlineProbe, backoff, pushParallelism, feedBatch, n, clock);
    }

    public SyncConfig withFeedBatch(int n) {
        return new SyncConfig(interval, offlineProbe, backoff, pushParallelism, n, pushBatch, clock);
    }
}
