package io.redesk.sdk.model.placement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Wire form of the {@code Endorsement} schema of openapi.yaml; required: {@code id}, {@code
 * placementId}, {@code number}, {@code effectiveDate}, {@code description}, {@code slipVersion},
 * {@code createdAt}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Endorsement(
        UUID id,
        UUID placementId,
        long number,
        LocalDate effectiveDate,
        String description,
        long slipVersion,
        Instant createdAt) {
}
