package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.time.LocalDate;

/**
 * A payment recorded against a settlement. Wire form of the {@code SettlementPayment} schema of openapi.yaml; required: {@code amount}, {@code bankReference}, {@code valueDate}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettlementPayment(
        Money amount,
        String bankReference,
        LocalDate valueDate) {
}
