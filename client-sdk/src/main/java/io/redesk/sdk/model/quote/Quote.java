package io.redesk.sdk.model.quote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Wire form of the {@code Quote} schema of openapi.yaml; required: {@code id}, {@code
 * placementId}, {@code inquiryId}, {@code reinsurerId}, {@code status}, {@code requestedAt},
 * {@code version}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Quote(
        UUID id,
        UUID placementId,
        UUID inquiryId,
        UUID reinsurerId,
        QuoteStatus status,
        Money premium,
        String rate,
        String capacity,
        String conditions,
        List<String> subjectivities,
        Instant validUntil,
        String declineReason,
        String securityOverrideReason,
        Instant requestedAt,
        Instant quotedAt,
        long version,
        Instant quoteDeadline,
        String inquiryMessage) {
    /** Copies lists so instances stay immutable. */
    public Quote {
        subjectivities = subjectivities == null ? null : List.copyOf(subjectivities);
    }

    /** A quote without the inquiry's deadline and message (both optional in the contract). */
    public Quote(UUID id, UUID placementId, UUID inquiryId, UUID reinsurerId, QuoteStatus status, Money premium, String rate,
                 String capacity, String conditions, List<String> subjectivities, Instant validUntil, String declineReason,
                 String securityOverrideReason, Instant requestedAt, Instant quotedAt, long version) {
        this(id, placementId, inquiryId, reinsurerId, status, premium, rate, capacity, conditions, subjectivities, validUntil,
                declineReason, securityOverrideReason, requestedAt, quotedAt, version, null, null);
    }
}
