package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.util.UUID;

/**
 * The bill registration standard's minimal fields. Wire form of the {@code BillRegistrationRequest} schema of openapi.yaml; required: {@code accountId}, {@code umr}, {@code period}, {@code currency}, {@code balance}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BillRegistrationRequest(
        UUID accountId,
        String umr,
        String period,
        String currency,
        Money balance) {
}
