package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.util.List;
import java.util.UUID;

/**
 * A statement of account with one counterparty in one currency for one period. Wire form of the {@code Statement} schema of openapi.yaml; required: {@code counterpartyId}, {@code currency}, {@code period}, {@code entries}, {@code total}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Statement(
        UUID counterpartyId,
        String currency,
        String period,
        List<StatementEntry> entries,
        Money total) {
    /** Copies lists so instances stay immutable. */
    public Statement {
        entries = entries == null ? null : List.copyOf(entries);
    }
}
