package io.redesk.app.sync.fault;

/**
 * What the {@link FaultProxy} does to one HTTP request. The drop faults are the interesting ones for
 * exactly-once: {@link #DROP_AFTER_REQUEST} and {@link #DROP_MID_RESPONSE} let the exchange apply the
 * request and then lose the answer, so the client cannot know whether it happened; {@link #DUPLICATE}
 * delivers the same request twice, as a retrying intermediary would.
 */
public enum Fault {
    /** Forward untouched. */
    PASS,
    /** Close the client's connection before anything reaches the exchange. */
    DROP_BEFORE_REQUEST,
    /** Forward the request, let the exchange answer, then close without sending the answer. */
    DROP_AFTER_REQUEST,
    /** Forward, then send only part of the exchange's answer and close. */
    DROP_MID_RESPONSE,
    /** Answer 502 Bad Gateway without forwarding. */
    BAD_GATEWAY_502,
    /** Answer 503 Service Unavailable without forwarding. */
    UNAVAILABLE_503,
    /** Answer 429 Too Many Requests (Retry-After: 0) without forwarding. */
    TOO_MANY_429,
    /** Wait a little, then forward. */
    DELAY,
    /** Send the request to the exchange twice; the client gets the second answer. */
    DUPLICATE;

    /** Whether the exchange sees the request at all under this fault. */
    public boolean reachesExchange() {
        return this == PASS || this == DROP_AFTER_REQUEST || this == DROP_MID_RESPONSE || this == DELAY
                || this == DUPLICATE;
    }
}
