package io.redesk.sdk.model.quote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Wire form of the {@code Inquiry} schema of openapi.yaml; required: {@code id}, {@code
 * placementId}, {@code quotes}, {@code createdAt}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Inquiry(
        UUID id,
        UUID placementId,
        List<Quote> quotes,
        Instant createdAt) {
    /** Copies lists so instances stay immutable. */
    public Inquiry {
        quotes = quotes == null ? null : List.copyOf(quotes);
    }
}
