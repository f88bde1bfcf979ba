package io.redesk.sdk.model.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Wire form of the {@code RefreshRequest} schema of openapi.yaml; required: {@code refreshToken}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RefreshRequest(
        String refreshToken) {
}
