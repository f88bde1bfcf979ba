package io.redesk.exchange.http;

/**
 * What a route produced: status, body (a wire record, or null for no content), the resource version
 * to send as ETag (or null) and a Location (or null). Mutations return one so the idempotency layer
 * can store and replay it byte for byte.
 */
public record ApiResponse(int status, Object body, Long version, String location) {

    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body, null, null);
    }

    public static ApiResponse ok(Object body, long version) {
        return new ApiResponse(200, body, version, null);
    }

    public static ApiResponse created(Object body, Long version, String location) {
        return new ApiResponse(201, body, version, location);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, null, null, null);
    }
}
