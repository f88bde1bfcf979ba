package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A movement of a claim's outstanding loss reserve at 100%. Wire form of the {@code ReserveMovement} schema of openapi.yaml; required: every field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReserveMovement(
        UUID id,
        UUID claimId,
        UUID placementId,
        String ucr,
        int sequence,
        Money previous,
        Money outstanding,
        Money change,
        String reason,
        LocalDate effectiveDate,
        List<ClaimShare> shares,
        long claimVersion,
        Instant createdAt,
        long version) {
    /** Copies lists so instances stay immutable. */
    public ReserveMovement {
        shares = shares == null ? null : List.copyOf(shares);
    }
}
