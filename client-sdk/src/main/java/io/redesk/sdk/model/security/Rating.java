package io.redesk.sdk.model.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * Wire form of the {@code Rating} schema of openapi.yaml; required: {@code agency}, {@code grade}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Rating(
        RatingAgency agency,
        String grade,
        Instant ratedAt) {
}
