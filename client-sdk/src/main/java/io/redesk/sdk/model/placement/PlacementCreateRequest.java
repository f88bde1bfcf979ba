package io.redesk.sdk.model.placement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/**
 * Wire form of the {@code PlacementCreateRequest} schema of openapi.yaml; required: {@code title},
 * {@code cedentId}, {@code slip}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlacementCreateRequest(
        String title,
        UUID cedentId,
        UUID brokerId,
        Slip slip) {
}
