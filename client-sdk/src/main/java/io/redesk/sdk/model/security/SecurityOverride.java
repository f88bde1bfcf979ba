package io.redesk.sdk.model.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/**
 * Wire form of the {@code SecurityOverride} schema of openapi.yaml; required: {@code reinsurerId},
 * {@code reason}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecurityOverride(
        UUID reinsurerId,
        String reason) {
}
