package io.redesk.store.account;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A settlement of a net position (the wire {@code Settlement}: parties, net and due amounts, FX rate with
 * source and date, cross-border RMB flag, payments, residue) with the user's queued changes applied.
 *
 * @param status a wire enum name (INSTRUCTED, PARTLY_PAID, PAID, CONFIRMED)
 */
public record SettlementRecord(String id, String status, JsonNode settlement) {

    public SettlementRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(settlement, "settlement");
    }
}
