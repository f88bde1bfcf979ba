package io.redesk.sdk.model.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.UUID;

/**
 * Wire form of the {@code Pool} schema of openapi.yaml; required: {@code id}, {@code name}, {@code
 * sector}, {@code members}, {@code version}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Pool(
        UUID id,
        String name,
        PoolSector sector,
        List<PoolMember> members,
        long version) {
    /** Copies lists so instances stay immutable. */
    public Pool {
        members = members == null ? null : List.copyOf(members);
    }
}
