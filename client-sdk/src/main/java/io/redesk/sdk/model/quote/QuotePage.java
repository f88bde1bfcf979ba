package io.redesk.sdk.model.quote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Wire form of the {@code QuotePage} schema of openapi.yaml; required: {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuotePage(
        List<Quote> items,
        String nextCursor) {
    /** Copies lists so instances stay immutable. */
    public QuotePage {
        items = items == null ? null : List.copyOf(items);
    }
}
