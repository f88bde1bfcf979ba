package io.redesk.sdk.model.party;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Wire form of the {@code OrganisationPage} schema of openapi.yaml; required: {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationPage(
        List<Organisation> items,
        String nextCursor) {
    /** Copies lists so instances stay immutable. */
    public OrganisationPage {
        items = items == null ? null : List.copyOf(items);
    }
}
