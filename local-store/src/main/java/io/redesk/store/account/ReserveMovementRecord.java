package io.redesk.store.account;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A movement of a claim's outstanding loss reserve: the exchange's wire {@code ReserveMovement} document as the
 * user may see it (a participant's carries only its own share).
 */
public record ReserveMovementRecord(String id, String claimId, JsonNode movement) {

    public ReserveMovementRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(movement, "movement");
    }
}
