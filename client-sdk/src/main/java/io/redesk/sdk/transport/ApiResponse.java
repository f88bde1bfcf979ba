package io.redesk.sdk.transport;

import java.util.Optional;

/**
 * A successful (2xx) response: status, the decoded body, the {@code ETag} (the version for a later
 * {@code If-Match}), the request id, the {@code Location} of a created resource, and whether the
 * exchange replayed a stored outcome for this idempotency key ({@code Idempotent-Replayed: true})
 * instead of applying the request again.
 *
 * @param <T> body type ({@link Void} for an empty body)
 */
public record ApiResponse<T>(int status, T body, String etag, String requestId, String location, boolean replayed) {

    public Optional<String> etagValue() {
        return Optional.ofNullable(etag);
    }

    /** The ETag without quotes and weak prefix: the resource version as the exchange counts it. */
    public Optional<String> version() {
        return etagValue().map(ApiResponse::unquote);
    }

    static String unquote(String etag) {
        String v = etag.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }
}
