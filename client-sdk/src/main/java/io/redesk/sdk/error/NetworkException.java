package io.redesk.sdk.error;

/**
 * No usable response: connection refused or reset, timeout, a body cut off mid-way, or a TLS failure
 * such as a certificate that does not match the configured pin. Status is 0. A mutating request that
 * ends here may or may not have been applied; sending it again with the same idempotency key is safe.
 */
public class NetworkException extends ExchangeException {

    private static final long serialVersionUID = 1L;

    public NetworkException(String code, String requestId, String message, Throwable cause) {
        super(0, code, requestId, null, message, cause);
    }
}
