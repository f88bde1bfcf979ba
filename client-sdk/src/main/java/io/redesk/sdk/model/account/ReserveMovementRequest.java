package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.time.LocalDate;

/**
 * A reserve movement request. Wire form of the {@code ReserveMovementRequest} schema of openapi.yaml; required: {@code outstanding}, {@code reason}, {@code effectiveDate}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReserveMovementRequest(
        Money outstanding,
        String reason,
        LocalDate effectiveDate) {
}
