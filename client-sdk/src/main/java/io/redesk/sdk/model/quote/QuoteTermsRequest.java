package io.redesk.sdk.model.quote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;

import java.time.Instant;
import java.util.List;

/**
 * Wire form of the {@code QuoteTermsRequest} schema of openapi.yaml; required: {@code premium},
 * {@code capacity}, {@code validUntil}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuoteTermsRequest(
        Money premium,
        String rate,
        String capacity,
        String conditions,
        List<String> subjectivities,
        Instant validUntil) {
    /** Copies lists so instances stay immutable. */
    public QuoteTermsRequest {
        subjectivities = subjectivities == null ? null : List.copyOf(subjectivities);
    }
}
