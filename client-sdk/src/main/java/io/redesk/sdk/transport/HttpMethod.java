package io.redesk.sdk.transport;

/** The HTTP methods the exchange API uses; mutating ones always carry an idempotency key. */
public enum HttpMethod {
    GET(false), POST(true), PUT(true), PATCH(true), DELETE(true);

    private final boolean mutating;

    HttpMethod(boolean mutating) {
        this.mutating = mutating;
    }

    public boolean mutating() {
        return mutating;
    }
}
