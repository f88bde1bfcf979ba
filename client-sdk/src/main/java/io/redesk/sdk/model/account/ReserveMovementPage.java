package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of reserve movements. Wire form of the {@code ReserveMovementPage} schema of openapi.yaml; required: {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReserveMovementPage(
        List<ReserveMovement> items,
        String nextCursor) {
    /** Copies lists so instances stay immutable. */
    public ReserveMovementPage {
        items = items == null ? null : List.copyOf(items);
    }
}
