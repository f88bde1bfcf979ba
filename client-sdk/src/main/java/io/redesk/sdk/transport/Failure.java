package io.redesk.sdk.transport;

import java.time.Duration;

/**
 * Why one attempt of a request did not succeed, as far as the retry policy needs to know.
 */
public sealed interface Failure {

    /** No response: connect refused or reset, timeout, body cut off. Safe to resend with the same key. */
    record Connection(String reason) implements Failure {
    }

    /** A TLS failure that retrying cannot fix (certificate not matching the pin, handshake refused). */
    record Fatal(String reason) implements Failure {
    }

    /** An HTTP status other than 2xx, with the server's {@code Retry-After} if it sent one (else null). */
    record Http(int status, Duration retryAfter) implements Failure {
    }
}
