package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of claims. Wire form of the {@code ClaimPage} schema of openapi.yaml; required: {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClaimPage(
        List<Claim> items,
        String nextCursor) {
    /** Copies lists so instances stay immutable. */
    public ClaimPage {
        items = items == null ? null : List.copyOf(items);
    }
}
