package io.redesk.sdk.model.placement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * The lead terms, visible to every reinsurer invited to follow. Wire form of the {@code FirmOrder}
 * schema of openapi.yaml; required: {@code quoteId}, {@code leadReinsurerId}, {@code orderShare},
 * {@code premium}, {@code fixedAt}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FirmOrder(
        UUID quoteId,
        UUID leadReinsurerId,
        String orderShare,
        Money premium,
        String rate,
        String conditions,
        Instant fixedAt) {
}
