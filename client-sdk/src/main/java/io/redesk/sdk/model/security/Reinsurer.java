package io.redesk.sdk.model.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.party.Organisation;

import java.util.List;

/**
 * Wire form of the {@code Reinsurer} schema of openapi.yaml; required: {@code organisation},
 * {@code ratings}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reinsurer(
        Organisation organisation,
        List<Rating> ratings,
        SecurityFlag securityFlag) {
    /** Copies lists so instances stay immutable. */
    public Reinsurer {
        ratings = ratings == null ? null : List.copyOf(ratings);
    }
}
