package io.redesk.sdk.error;

/**
 * 5xx (and 408) after the retry budget was spent: the exchange failed; the request may be sent again with the same idempotency key.
 */
public class ServerException extends ExchangeException {

    private static final long serialVersionUID = 1L;

    public ServerException(int status, String code, String requestId, Problem problem, String message) {
        super(status, code, requestId, problem, message, null);
    }
}
