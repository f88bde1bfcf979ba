package io.redesk.sdk.transport;

import java.time.Duration;

/**
 * Waits between retry attempts. {@link #REAL} sleeps; {@link #NONE} returns at once so tests exercise
 * every retry path without spending wall-clock time (the policy's decisions are unchanged).
 */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = d -> Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));

    Sleeper NONE = d -> { };

    /** Waits {@code duration}; interruptible. */
    void sleep(Duration duration) throws InterruptedException;
}
