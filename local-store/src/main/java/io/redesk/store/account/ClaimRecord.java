package io.redesk.store.account;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A claim (advice, reserve, payments matched to technical-account items): the exchange's wire
 * {@code Claim} document with the user's queued changes applied.
 */
public record ClaimRecord(String id, String placementId, JsonNode claim) {

    public ClaimRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claim, "claim");
    }
}
