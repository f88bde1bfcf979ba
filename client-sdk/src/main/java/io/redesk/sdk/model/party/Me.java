package io.redesk.sdk.model.party;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Wire form of the {@code Me} schema of openapi.yaml; required: {@code user}, {@code
 * organisation}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Me(
        User user,
        Organisation organisation) {
}
