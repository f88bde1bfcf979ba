package io.redesk.sdk.model.line;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.security.SecurityOverride;

import java.util.List;
import java.util.UUID;

/**
 * Wire form of the {@code FirmOrderRequest} schema of openapi.yaml; required: {@code quoteId},
 * {@code orderShare}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FirmOrderRequest(
        UUID quoteId,
        String orderShare,
        List<UUID> followerIds,
        List<SecurityOverride> securityOverrides) {
    /** Copies lists so instances stay immutable. */
    public FirmOrderRequest {
        followerIds = followerIds == null ? null : List.copyOf(followerIds);
        securityOverrides = securityOverrides == null ? null : List.copyOf(securityOverrides);
    }
}
