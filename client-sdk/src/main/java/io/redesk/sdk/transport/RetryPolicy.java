package io.redesk.sdk.transport;

import io.redesk.sdk.RetryBudget;
import java.time.Duration;

/**
 * The SDK's whole retry policy, as one pure function so it can be tested exhaustively.
 *
 * <p>Retried: connection failures (no response, timeouts, a body cut off), 408, 429 and 5xx. Never
 * retried: any other 4xx, and TLS failures such as a pin mismatch. A server's {@code Retry-After} is
 * obeyed exactly (it is the server's statement of when it can take the request); otherwise the wait is
 * capped exponential backoff with full jitter: {@code jitter * min(maxBackoff, initialBackoff * 2^(n-1))}
 * where {@code n} is the number of the attempt that just failed. A retry is only made if it fits both
 * the attempt count and the total-time budget. Safety of resending a mutation comes from the
 * idempotency key, which the caller fixes once per logical request.
 */
public final class RetryPolicy {

    private RetryPolicy() {
    }

    /**
     * Decides whether to retry.
     *
     * @param budget         the retry budget
     * @param failedAttempt  1-based number of the attempt that just failed
     * @param failure        what went wrong
     * @param elapsed        time since the first attempt started, including earlier waits
     * @param jitter         a uniform random number in [0, 1); pass a fixed value in tests
     * @return the decision
     */
    public static RetryDecision decide(RetryBudget budget, int failedAttempt, Failure failure, Duration elapsed,
            double jitter) {
        if (jitter < 0 || jitter >= 1 || Double.isNaN(jitter)) {
            throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
        }
        if (failure instanceof Failure.Fatal fatal) {
            return RetryDecision.giveUp("not retryable: " + fatal.reason());
        }
        Duration serverHint = null;
        if (failure instanceof Failure.Http http) {
            if (!isRetryableStatus(http.status())) {
                return RetryDecision.giveUp("status " + http.status() + " is not retryable");
            }
            serverHint = http.retryAfter();
        }
        if (failedAttempt >= budget.maxAttempts()) {
            return RetryDecision.giveUp("attempts exhausted (" + budget.maxAttempts() + ")");
        }
        Duration delay = serverHint != null && !serverHint.isNegative()
                ? serverHint
                : budget.backoff().delay(failedAttempt, jitter);
        if (elapsed.plus(delay).compareTo(budget.maxTotalTime()) > 0) {
            return RetryDecision.giveUp("waiting " + delay.toMillis() + " ms would exceed the total retry time of "
                    + budget.maxTotalTime().toMillis() + " ms");
        }
        return RetryDecision.after(delay, serverHint != null ? "server asked to retry after " + delay.toMillis()
                + " ms" : "backoff " + delay.toMillis() + " ms");
    }

    /** 408, 429 and every 5xx; nothing else. */
    public static boolean isRetryableStatus(int status) {
        return status == 408 || status == 429 || (status >= 500 && status <= 599);
    }
}
