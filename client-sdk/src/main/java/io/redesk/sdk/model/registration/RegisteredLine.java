package io.redesk.sdk.model.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/**
 * Wire form of the {@code RegisteredLine} schema of openapi.yaml; required: {@code reinsurerId},
 * {@code signedShare}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisteredLine(
        UUID reinsurerId,
        String signedShare) {
}
