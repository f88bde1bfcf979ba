package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * The receipt of a claim registration. Wire form of the {@code ClaimRegistrationReceipt} schema of openapi.yaml; required: every field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClaimRegistrationReceipt(
        String registrationNumber,
        UUID claimId,
        Instant registeredAt,
        String fieldsDigest) {
}
