package io.redesk.sdk.error;

import java.time.Duration;
import java.util.Optional;

/**
 * 429 Too Many Requests after the retry budget could not absorb the server's {@code Retry-After}.
 */
public class RateLimitedException extends ExchangeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(int status, String code, String requestId, Problem problem, String message,
            Duration retryAfter) {
        super(status, code, requestId, problem, message, null);
        this.retryAfter = retryAfter;
    }

    /** How long the exchange asked the client to wait, if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
