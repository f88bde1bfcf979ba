package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * The receipt of a bill registration. Wire form of the {@code BillRegistrationReceipt} schema of openapi.yaml; required: {@code registrationNumber}, {@code accountId}, {@code registeredAt}, {@code fieldsDigest}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BillRegistrationReceipt(
        String registrationNumber,
        UUID accountId,
        Instant registeredAt,
        String fieldsDigest) {
}
