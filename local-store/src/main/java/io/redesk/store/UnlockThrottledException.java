package io.redesk.store;

import java.time.Duration;

/**
 * Too many wrong passphrases in a row: this attempt was refused without trying the passphrase.
 * The delay doubles with each failure (persisted, so restarting the app does not reset it).
 */
public final class UnlockThrottledException extends VaultException {

    private final Duration retryAfter;

    public UnlockThrottledException(int failedAttempts, Duration retryAfter) {
        super("Too many wrong passphrases (" + failedAttempts + "). Try again in "
                + Math.max(1, retryAfter.toSeconds()) + " s.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
