package io.redesk.sdk.error;

/**
 * 403 Forbidden: the caller is known but its role or organisation may not do this. (What the caller may not see at all is a {@link NotFoundException}: the exchange answers 404, never 403, for objects outside the caller's visibility.)
 */
public class ForbiddenException extends ExchangeException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(int status, String code, String requestId, Problem problem, String message) {
        super(status, code, requestId, problem, message, null);
    }
}
