package io.redesk.sdk.model.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/**
 * Wire form of the {@code PoolMember} schema of openapi.yaml; required: {@code organisationId},
 * {@code share}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PoolMember(
        UUID organisationId,
        String name,
        String share) {
}
