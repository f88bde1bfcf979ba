package io.redesk.sdk.model.line;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Wire form of the {@code LinePage} schema of openapi.yaml; required: {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LinePage(
        List<Line> items,
        String nextCursor) {
    /** Copies lists so instances stay immutable. */
    public LinePage {
        items = items == null ? null : List.copyOf(items);
    }
}
