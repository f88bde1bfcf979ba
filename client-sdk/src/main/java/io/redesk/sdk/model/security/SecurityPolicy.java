package io.redesk.sdk.model.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/**
 * Wire form of the {@code SecurityPolicy} schema of openapi.yaml; required: {@code
 * organisationId}, {@code minimumRating}, {@code appliesToCrossBorderRmb}, {@code version}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecurityPolicy(
        UUID organisationId,
        Rating minimumRating,
        boolean appliesToCrossBorderRmb,
        long version) {
}
