package io.redesk.store.account;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A cash call on a claim: the exchange's wire {@code CashCall} document as the user may see it (a participant's
 * carries only its own share), with its status (CALLED, PARTLY_PAID, PAID).
 */
public record CashCallRecord(String id, String claimId, String status, JsonNode cashCall) {

    public CashCallRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cashCall, "cashCall");
    }
}
