package io.redesk.sdk.model.placement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/**
 * Wire form of the {@code Placement} schema of openapi.yaml; required: {@code id}, {@code umr},
 * {@code title}, {@code status}, {@code cedentId}, {@code brokerId}, {@code contractKind}, {@code
 * currency}, {@code slipVersion}, {@code slip}, {@code createdAt}, {@code updatedAt}, {@code
 * version}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Placement(
        UUID id,
        String umr,
        String title,
        PlacementStatus status,
        UUID cedentId,
        UUID brokerId,
        ContractKind contractKind,
        String currency,
        long slipVersion,
        Slip slip,
        FirmOrder firmOrder,
        Instant signedAt,
        String registrationNumber,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
