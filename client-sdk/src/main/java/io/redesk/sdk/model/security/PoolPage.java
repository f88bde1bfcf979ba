package io.redesk.sdk.model.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Wire form of the {@code PoolPage} schema of openapi.yaml; required: {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PoolPage(
        List<Pool> items,
        String nextCursor) {
    /** Copies lists so instances stay immutable. */
    public PoolPage {
        items = items == null ? null : List.copyOf(items);
    }
}
