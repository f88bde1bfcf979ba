package io.redesk.sdk.model.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Wire form of the {@code SecurityPolicyRequest} schema of openapi.yaml; required: {@code
 * minimumRating}, {@code appliesToCrossBorderRmb}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecurityPolicyRequest(
        Rating minimumRating,
        boolean appliesToCrossBorderRmb) {
}
