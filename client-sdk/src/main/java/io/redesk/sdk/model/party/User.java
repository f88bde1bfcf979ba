package io.redesk.sdk.model.party;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.UUID;

/**
 * Wire form of the {@code User} schema of openapi.yaml; required: {@code id}, {@code username},
 * {@code displayName}, {@code organisationId}, {@code roles}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record User(
        UUID id,
        String username,
        String displayName,
        UUID organisationId,
        List<Role> roles) {
    /** Copies lists so instances stay immutable. */
    public User {
        roles = roles == null ? null : List.copyOf(roles);
    }
}
