package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of cash calls. Wire form of the {@code CashCallPage} schema of openapi.yaml; required: {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CashCallPage(
        List<CashCall> items,
        String nextCursor) {
    /** Copies lists so instances stay immutable. */
    public CashCallPage {
        items = items == null ? null : List.copyOf(items);
    }
}
