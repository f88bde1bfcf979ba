package io.redesk.sdk.error;

/**
 * 409 Conflict: the request clashes with the current state, e.g. an illegal workflow transition or an idempotency key reused with different parameters.
 */
public class ConflictException extends ExchangeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(int status, String code, String requestId, Problem problem, String message) {
        super(status, code, requestId, problem, message, null);
    }
}
