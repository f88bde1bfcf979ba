package io.redesk.app.sync.engine;

import java.time.Duration;

/**
 * Capped exponential backoff with jitter for outbox retries: attempt 1 waits about {@code initial},
 * each further attempt doubles, never beyond {@code max}; the jitter (half of the delay, random) keeps
 * many clients that lost the exchange together from coming back in lock step.
 */
public record Backoff(Duration initial, Duration max) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
    }

    /** The delay before retry number {@code attempts} (1-based), with {@code jitter} in [0, 1). */
    public Duration delay(int attempts, double jitter) {
        int shift = Math.min(Math.max(attempts - 1, 0), 30);
        long ms = initial.toMillis() << shift;
        if (ms <= 0 || ms > max.toMillis()) {
            ms = max.toMillis();
        }
        double j = jitter < 0 || jitter >= 1 ? 0.5 : jitter;
        return Duration.ofMillis(ms / 2 + (long) (ms / 2 * j));
    }
}
