package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.util.List;
import java.util.UUID;

/**
 * A new DRAFT technical account. Wire form of the {@code TechnicalAccountCreateRequest} schema of openapi.yaml; required: {@code placementId}, {@code period}, {@code currency}, {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TechnicalAccountCreateRequest(
        UUID placementId,
        String section,
        String period,
        String currency,
        List<TaItem> items,
        Money statedBalance) {
    /** Copies lists so instances stay immutable. */
    public TechnicalAccountCreateRequest {
        items = items == null ? null : List.copyOf(items);
    }
}
