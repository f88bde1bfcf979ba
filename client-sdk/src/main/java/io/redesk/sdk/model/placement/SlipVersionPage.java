package io.redesk.sdk.model.placement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Wire form of the {@code SlipVersionPage} schema of openapi.yaml; required: {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlipVersionPage(
        List<SlipVersion> items,
        String nextCursor) {
    /** Copies lists so instances stay immutable. */
    public SlipVersionPage {
        items = items == null ? null : List.copyOf(items);
    }
}
