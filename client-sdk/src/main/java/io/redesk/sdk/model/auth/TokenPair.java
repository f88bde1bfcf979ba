package io.redesk.sdk.model.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Wire form of the {@code TokenPair} schema of openapi.yaml; required: {@code accessToken}, {@code
 * refreshToken}, {@code tokenType}, {@code expiresIn}, {@code refreshExpiresIn}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenPair(
        String accessToken,
        String refreshToken,
        String tokenType,
        long expiresIn,
        long refreshExpiresIn) {
}
