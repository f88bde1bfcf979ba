package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of technical accounts. Wire form of the {@code TechnicalAccountPage} schema of openapi.yaml; required: {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TechnicalAccountPage(
        List<TechnicalAccount> items,
        String nextCursor) {
    /** Copies lists so instances stay immutable. */
    public TechnicalAccountPage {
        items = items == null ? null : List.copyOf(items);
    }
}
