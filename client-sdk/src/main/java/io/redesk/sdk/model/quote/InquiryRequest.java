package io.redesk.sdk.model.quote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.security.SecurityOverride;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Wire form of the {@code InquiryRequest} schema of openapi.yaml; required: {@code reinsurerIds}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InquiryRequest(
        List<UUID> reinsurerIds,
        Instant quoteDeadline,
        String message,
        List<SecurityOverride> securityOverrides) {
    /** Copies lists so instances stay immutable. */
    public InquiryRequest {
        reinsurerIds = reinsurerIds == null ? null : List.copyOf(reinsurerIds);
        securityOverrides = securityOverrides == null ? null : List.copyOf(securityOverrides);
    }
}
