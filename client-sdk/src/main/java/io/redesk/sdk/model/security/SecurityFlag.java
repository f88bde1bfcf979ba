package io.redesk.sdk.model.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The reinsurer against the caller's security policy. Wire form of the {@code SecurityFlag} schema
 * of openapi.yaml; required: {@code belowMinimum}, {@code minimum}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecurityFlag(
        boolean belowMinimum,
        Rating minimum) {
}
