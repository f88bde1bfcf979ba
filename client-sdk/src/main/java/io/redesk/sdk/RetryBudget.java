package io.redesk.sdk;

import java.time.Duration;
import java.util.Objects;

/**
 * How much retrying one logical request may do: at most {@code maxAttempts} attempts (the first one
 * included) within {@code maxTotalTime} measured from the first attempt, waiting between attempts a
 * capped exponential backoff ({@code initialBackoff * 2^(n-1)}, at most {@code maxBackoff}) with full
 * jitter. {@link #NONE} disables retrying.
 *
 * @param maxAttempts    1..20; 1 means no retry
 * @param maxTotalTime   positive wall-clock budget, waits included
 * @param initialBackoff positive base delay
 * @param maxBackoff     cap of one computed delay, at least {@code initialBackoff}
 */
public record RetryBudget(int maxAttempts, Duration maxTotalTime, Duration initialBackoff, Duration maxBackoff) {

    /** Three attempts within 30 s, backoff 200 ms doubling up to 5 s. */
    public static final RetryBudget DEFAULT =
            new RetryBudget(3, Duration.ofSeconds(30), Duration.ofMillis(200), Duration.ofSeconds(5));

    /** One attempt, no retry. */
    public static final RetryBudget NONE =
            new RetryBudget(1, Duration.ofSeconds(30), Duration.ofMillis(200), Duration.ofSeconds(5));

    public RetryBudget {
        Objects.requireNonNull(maxTotalTime, "maxTotalTime");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("retry maxAttempts must be between 1 and 20, was " + maxAttempts);
        }
        if (maxTotalTime.isNegative() || maxTotalTime.isZero()) {
            throw new IllegalArgumentException("retry maxTotalTime must be positive, was " + maxTotalTime);
        }
        if (initialBackoff.isNegative() || initialBackoff.isZero()) {
            throw new IllegalArgumentException("retry initialBackoff must be positive, was " + initialBackoff);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(
                    "retry maxBackoff (" + maxBackoff + ") must not be below initialBackoff (" + initialBackoff + ")");
        }
    }

    /** The waits between attempts: {@link Backoff} from {@code initialBackoff} up to {@code maxBackoff}. */
    public Backoff backoff() {
        return new Backoff(initialBackoff, maxBackoff);
    }
}
