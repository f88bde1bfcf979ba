package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The registration receipt kept on a technical account. Wire form of the {@code BillRegistration} schema of openapi.yaml; required: {@code registrationNumber}, {@code registeredAt}, {@code fieldsDigest}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BillRegistration(
        String registrationNumber,
        Instant registeredAt,
        String fieldsDigest) {
}
