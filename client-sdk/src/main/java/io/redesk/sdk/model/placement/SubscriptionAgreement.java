package io.redesk.sdk.model.placement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Wire form of the {@code SubscriptionAgreement} schema of openapi.yaml; every field is optional.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionAgreement(
        String slipLeader,
        String agreementParties,
        String claimsAgreementBasis,
        String claimsAdministration) {

    /** A subscription agreement without a claims administration clause. */
    public SubscriptionAgreement(String slipLeader, String agreementParties, String claimsAgreementBasis) {
        this(slipLeader, agreementParties, claimsAgreementBasis, null);
    }
}
