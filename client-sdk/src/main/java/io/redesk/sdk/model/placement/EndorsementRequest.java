package io.redesk.sdk.model.placement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/**
 * Wire form of the {@code EndorsementRequest} schema of openapi.yaml; required: {@code
 * effectiveDate}, {@code description}, {@code slip}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EndorsementRequest(
        LocalDate effectiveDate,
        String description,
        Slip slip) {
}
