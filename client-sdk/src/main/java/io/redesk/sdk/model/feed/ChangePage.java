package io.redesk.sdk.model.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Wire form of the {@code ChangePage} schema of openapi.yaml; required: {@code items}, {@code
 * nextCursor}, {@code hasMore}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChangePage(
        List<Change> items,
        String nextCursor,
        boolean hasMore) {
    /** Copies lists so instances stay immutable. */
    public ChangePage {
        items = items == null ? null : List.copyOf(items);
    }
}
