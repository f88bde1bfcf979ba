package io.redesk.sdk.transport;

import java.time.Duration;

/**
 * What to do after a failed attempt: give up, or wait {@code delay} and send the same request again.
 *
 * @param retry  whether to send again
 * @param delay  how long to wait first (zero when giving up)
 * @param reason short explanation for the log
 */
public record RetryDecision(boolean retry, Duration delay, String reason) {

    static RetryDecision giveUp(String reason) {
        return new RetryDecision(false, Duration.ZERO, reason);
    }

    static RetryDecision after(Duration delay, String reason) {
        return new RetryDecision(true, delay, reason);
    }
}
