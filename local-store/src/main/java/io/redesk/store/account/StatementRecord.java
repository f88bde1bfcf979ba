package io.redesk.store.account;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * A statement of account with one counterparty in one currency for one period, as the exchange computed
 * it (the wire {@code Statement}), and when it was fetched.
 *
 * @param id             {@code counterpartyId|currency|period} (one statement per key)
 * @param counterpartyId the other party
 * @param statement      the document
 * @param fetchedAt      when the exchange answered
 */
public record StatementRecord(String id, String counterpartyId, JsonNode statement, Instant fetchedAt) {

    public StatementRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(statement, "statement");
    }

    public static String idOf(String counterpartyId, String currency, String period) {
        return counterpartyId + "|" + currency + "|" + period;
    }
}
