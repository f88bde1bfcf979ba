package io.redesk.sdk.model.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Wire form of the {@code PoolMembersRequest} schema of openapi.yaml; required: {@code members}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PoolMembersRequest(
        List<PoolMember> members) {
    /** Copies lists so instances stay immutable. */
    public PoolMembersRequest {
        members = members == null ? null : List.copyOf(members);
    }
}
