package io.redesk.exchange.idempotency;

/**
 * A response as sent (and, for mutations, as stored for replay). {@code retryAfter} is only set on
 * rate-limit answers, which are never stored.
 */
public record StoredResponse(int status, String contentType, String etag, String location, byte[] body, String retryAfter) {

    public StoredResponse(int status, String contentType, String etag, String location, byte[] body) {
        this(status, contentType, etag, location, body, null);
    }
}
