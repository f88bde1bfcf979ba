package io.redesk.store.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One change waiting to reach the exchange. {@code clientMutationId} is the idempotency key: fixed
 * when the change is made, reused by every retry, so the exchange applies it once.
 */
public record OutboxEntry(long seq, String clientMutationId, String aggregateType, String aggregateId, String op,
                          JsonNode payload, Status status, int attempts, Instant nextRunAt, Instant createdAt,
                          String lastError) {

    /** Job state (Signal's job manager outcomes: success, retry, permanent failure). */
    public enum Status {
        /** Waiting for its next run time. */
        PENDING,
        /** Handed to the sync worker; reset to PENDING on the next start if the app died meanwhile. */
        IN_FLIGHT,
        /** Accepted by the exchange. */
        DONE,
        /** Rejected for good (validation, permission); needs the user's attention. */
        FAILED
    }
}
