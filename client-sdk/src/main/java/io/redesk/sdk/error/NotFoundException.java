package io.redesk.sdk.error;

/**
 * 404 Not Found: the object does not exist for this caller, either because it does not exist or because it is outside the caller's visibility (trade secrets).
 */
public class NotFoundException extends ExchangeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(int status, String code, String requestId, Problem problem, String message) {
        super(status, code, requestId, problem, message, null);
    }
}
