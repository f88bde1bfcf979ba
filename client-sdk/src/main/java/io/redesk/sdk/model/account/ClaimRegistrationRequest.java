package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The claim registration standard's fields. Wire form of the {@code ClaimRegistrationRequest} schema of openapi.yaml; required: every field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClaimRegistrationRequest(
        UUID claimId,
        String umr,
        String ucr,
        LocalDate lossDate,
        Money outstanding,
        Money paid) {
}
