package io.redesk.sdk.model.placement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/**
 * Wire form of the {@code SlipVersion} schema of openapi.yaml; required: {@code number}, {@code
 * slip}, {@code createdAt}, {@code createdBy}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlipVersion(
        long number,
        Slip slip,
        Instant createdAt,
        UUID createdBy,
        UUID endorsementId) {
}
