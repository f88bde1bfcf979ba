package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.util.UUID;

/**
 * A claim payment request, matched to a technical-account item. Wire form of the {@code ClaimPaymentRequest} schema of openapi.yaml; required: {@code technicalAccountId}, {@code amount}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClaimPaymentRequest(
        UUID technicalAccountId,
        Money amount,
        UUID cashCallId) {

    /** A payment request that accounts for no cash call. */
    public ClaimPaymentRequest(UUID technicalAccountId, Money amount) {
        this(technicalAccountId, amount, null);
    }
}
