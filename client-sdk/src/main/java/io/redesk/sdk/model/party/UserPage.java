package io.redesk.sdk.model.party;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Wire form of the {@code UserPage} schema of openapi.yaml; required: {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserPage(
        List<User> items,
        String nextCursor) {
    /** Copies lists so instances stay immutable. */
    public UserPage {
        items = items == null ? null : List.copyOf(items);
    }
}
