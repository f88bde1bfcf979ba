package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * A settlement instruction for a net position. Wire form of the {@code SettlementRequest} schema of openapi.yaml; required: {@code counterpartyId}, {@code currency}, {@code crossBorderRmb}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettlementRequest(
        UUID counterpartyId,
        String currency,
        String settlementCurrency,
        FxRate fxRate,
        boolean crossBorderRmb) {
}
