package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of settlements. Wire form of the {@code SettlementPage} schema of openapi.yaml; required: {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettlementPage(
        List<Settlement> items,
        String nextCursor) {
    /** Copies lists so instances stay immutable. */
    public SettlementPage {
        items = items == null ? null : List.copyOf(items);
    }
}
