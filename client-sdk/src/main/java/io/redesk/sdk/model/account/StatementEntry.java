package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.util.UUID;

/**
 * One account on a statement of account. Wire form of the {@code StatementEntry} schema of openapi.yaml; required: {@code technicalAccountId}, {@code contractReference}, {@code amount}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatementEntry(
        UUID technicalAccountId,
        String contractReference,
        AccountKind kind,
        AccountStatus status,
        Money amount) {
}
