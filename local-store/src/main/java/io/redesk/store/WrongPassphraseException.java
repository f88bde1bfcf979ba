package io.redesk.store;

import java.time.Duration;

/**
 * The passphrase did not unwrap the data key. Nothing in the vault was written; the failure is
 * counted (in a side file) and further attempts are slowed down, see {@link #retryAfter()}.
 */
public final class WrongPassphraseException extends VaultException {

    private final int failedAttempts;
    private final Duration retryAfter;

    public WrongPassphraseException(int failedAttempts, Duration retryAfter) {
        super("Wrong passphrase (" + failedAttempts + " failed attempt" + (failedAttempts == 1 ? "" : "s")
                + " in a row)" + (retryAfter.isZero() ? "." : "; try again in " + retryAfter.toSeconds() + " s."));
        this.failedAttempts = failedAttempts;
        this.retryAfter = retryAfter;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    /** How long the next attempt will be refused; zero when it may be tried at once. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
