package io.redesk.sdk.model.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.placement.ContractKind;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The minimal field set of the registration standard. Wire form of the {@code
 * ContractRegistrationRequest} schema of openapi.yaml; required: {@code umr}, {@code
 * contractKind}, {@code cedentId}, {@code brokerId}, {@code periodStart}, {@code periodEnd},
 * {@code premium}, {@code orderShare}, {@code lines}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractRegistrationRequest(
        String umr,
        ContractKind contractKind,
        UUID cedentId,
        UUID brokerId,
        LocalDate periodStart,
        LocalDate periodEnd,
        Money premium,
        String orderShare,
        List<RegisteredLine> lines) {
    /** Copies lists so instances stay immutable. */
    public ContractRegistrationRequest {
        lines = lines == null ? null : List.copyOf(lines);
    }
}
