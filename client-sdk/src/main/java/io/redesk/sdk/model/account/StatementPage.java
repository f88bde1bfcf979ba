package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Statements of account. Wire form of the {@code StatementPage} schema of openapi.yaml; required: {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatementPage(
        List<Statement> items) {
    /** Copies lists so instances stay immutable. */
    public StatementPage {
        items = items == null ? null : List.copyOf(items);
    }
}
