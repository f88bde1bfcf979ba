package io.redesk.sdk.model.placement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Market Reform Contract with its six sections. Wire form of the {@code Slip} schema of
 * openapi.yaml; required: {@code umr}, {@code contractKind}, {@code riskDetails}, {@code
 * securityDetails}, {@code brokerRemuneration}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Slip(
        String umr,
        ContractKind contractKind,
        RiskDetails riskDetails,
        String information,
        SecurityDetails securityDetails,
        SubscriptionAgreement subscriptionAgreement,
        FiscalRegulatory fiscalRegulatory,
        BrokerRemuneration brokerRemuneration) {
}
