package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.time.LocalDate;

/**
 * A cash call request. Wire form of the {@code CashCallRequest} schema of openapi.yaml; required: {@code amount}, {@code dueDate}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CashCallRequest(
        Money amount,
        LocalDate dueDate,
        String reference) {
}
