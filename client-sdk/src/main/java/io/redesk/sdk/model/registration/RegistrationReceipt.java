package io.redesk.sdk.model.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/**
 * Wire form of the {@code RegistrationReceipt} schema of openapi.yaml; required: {@code
 * registrationNumber}, {@code placementId}, {@code registeredAt}, {@code fieldsDigest}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationReceipt(
        String registrationNumber,
        UUID placementId,
        Instant registeredAt,
        String fieldsDigest) {
}
