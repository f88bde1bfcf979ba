package io.redesk.sdk.model.placement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Wire form of the {@code EndorsementPage} schema of openapi.yaml; required: {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EndorsementPage(
        List<Endorsement> items,
        String nextCursor) {
    /** Copies lists so instances stay immutable. */
    public EndorsementPage {
        items = items == null ? null : List.copyOf(items);
    }
}
