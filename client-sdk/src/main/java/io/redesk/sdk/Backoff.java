package io.redesk.sdk;

import java.time.Duration;
import java.util.Objects;

/**
 * The one backoff policy of ReDesk: capped exponential backoff with full jitter. The wait after the
 * {@code n}-th failed attempt is {@code jitter * min(max, initial * 2^(n-1))}; the jitter (uniform in
 * [0, 1)) keeps many clients that lost the exchange together from coming back in lock step. The SDK's
 * request retries ({@code RetryPolicy}, from a {@link RetryBudget}) and the sync engine's outbox retries
 * both use it, so the two cannot drift apart.
 *
 * @param initial positive base delay
 * @param max     cap of one computed delay, at least {@code initial}
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
    }

    /**
     * The wait after attempt number {@code failedAttempt} (1-based) failed.
     *
     * @param jitter a uniform random number in [0, 1); a fixed value in tests
     */
    public Duration delay(int failedAttempt, double jitter) {
        if (failedAttempt < 1) {
            throw new IllegalArgumentException("failedAttempt is 1-based, was " + failedAttempt);
        }
        if (jitter < 0 || jitter >= 1 || Double.isNaN(jitter)) {
            throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
        }
        long base = initial.toNanos();
        long cap = max.toNanos();
        int shift = Math.min(failedAttempt - 1, 30);
        long ceiling = base > (cap >> shift) ? cap : Math.min(cap, base << shift);
        return Duration.ofNanos((long) (ceiling * jitter));
    }
}
