package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A claim payment matched to a technical-account item. Wire form of the {@code ClaimPayment} schema of openapi.yaml; required: {@code technicalAccountId}, {@code amount}, {@code requestedAt}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClaimPayment(
        UUID technicalAccountId,
        Money amount,
        Instant requestedAt,
        Integer itemIndex,
        UUID cashCallId) {

    /** A payment as recorded before the matched item's position was kept. */
    public ClaimPayment(UUID technicalAccountId, Money amount, Instant requestedAt) {
        this(technicalAccountId, amount, requestedAt, null, null);
    }
}
