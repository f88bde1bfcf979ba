package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.time.LocalDate;

/**
 * A (possibly partial) payment. Wire form of the {@code PaymentRequest} schema of openapi.yaml; required: {@code amount}, {@code bankReference}, {@code valueDate}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentRequest(
        Money amount,
        String bankReference,
        LocalDate valueDate) {
}
