package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cash call on a claim at 100% with the participants' shares. Wire form of the {@code CashCall} schema of openapi.yaml; required: {@code id}, {@code claimId}, {@code placementId}, {@code ucr}, {@code amount}, {@code dueDate}, {@code status}, {@code shares}, {@code createdAt}, {@code version}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CashCall(
        UUID id,
        UUID claimId,
        UUID placementId,
        String ucr,
        String reference,
        Money amount,
        LocalDate dueDate,
        CashCallStatus status,
        List<CashCallShare> shares,
        UUID technicalAccountId,
        Integer itemIndex,
        Instant createdAt,
        long version) {
    /** Copies lists so instances stay immutable. */
    public CashCall {
        shares = shares == null ? null : List.copyOf(shares);
    }
}
