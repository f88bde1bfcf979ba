package io.redesk.sdk.model.placement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Wire form of the {@code BrokerRemuneration} schema of openapi.yaml; required: {@code brokerage}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BrokerRemuneration(
        String brokerage,
        String otherDeductions,
        String cedingCommission) {

    /** Remuneration without a ceding commission (absent: none is produced at signing). */
    public BrokerRemuneration(String brokerage, String otherDeductions) {
        this(brokerage, otherDeductions, null);
    }
}
