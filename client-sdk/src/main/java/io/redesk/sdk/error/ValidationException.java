package io.redesk.sdk.error;

/**
 * 400 / 413 / 415 / 422: the request is malformed or breaks a rule; {@link #field()} names the offending field when the exchange said which.
 */
public class ValidationException extends ExchangeException {

    private static final long serialVersionUID = 1L;

    public ValidationException(int status, String code, String requestId, Problem problem, String message) {
        super(status, code, requestId, problem, message, null);
    }
}
