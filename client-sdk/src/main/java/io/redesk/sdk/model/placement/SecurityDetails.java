package io.redesk.sdk.model.placement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Wire form of the {@code SecurityDetails} schema of openapi.yaml; required: {@code orderShare}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecurityDetails(
        String orderShare,
        String basisOfWrittenLines,
        String signingProvisions) {
}
