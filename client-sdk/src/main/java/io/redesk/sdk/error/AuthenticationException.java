package io.redesk.sdk.error;

/**
 * 401 Unauthorized: no, expired or revoked credentials. Thrown after the SDK's one automatic token refresh did not help.
 */
public class AuthenticationException extends ExchangeException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(int status, String code, String requestId, Problem problem, String message) {
        super(status, code, requestId, problem, message, null);
    }
}
