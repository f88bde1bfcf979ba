package io.redesk.sdk.model.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Wire form of the {@code ReinsurerPage} schema of openapi.yaml; required: {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReinsurerPage(
        List<Reinsurer> items,
        String nextCursor) {
    /** Copies lists so instances stay immutable. */
    public ReinsurerPage {
        items = items == null ? null : List.copyOf(items);
    }
}
