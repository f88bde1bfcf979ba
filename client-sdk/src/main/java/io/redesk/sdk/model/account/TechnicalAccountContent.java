package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.util.List;

/**
 * The items of a technical account and the total the sender states. Wire form of the {@code TechnicalAccountContent} schema of openapi.yaml; required: {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TechnicalAccountContent(
        List<TaItem> items,
        Money statedBalance) {
    /** Copies lists so instances stay immutable. */
    public TechnicalAccountContent {
        items = items == null ? null : List.copyOf(items);
    }
}
