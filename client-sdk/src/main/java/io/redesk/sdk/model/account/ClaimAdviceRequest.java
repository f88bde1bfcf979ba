package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A claim advice. Wire form of the {@code ClaimAdviceRequest} schema of openapi.yaml; required: {@code placementId}, {@code ucr}, {@code lossDate}, {@code cause}, {@code description}, {@code reserve}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClaimAdviceRequest(
        UUID placementId,
        String ucr,
        LocalDate lossDate,
        String cause,
        String description,
        Money reserve) {
}
