package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * An exchange rate with its source and date: 1 from = rate to. Wire form of the {@code FxRate} schema of openapi.yaml; required: {@code from}, {@code to}, {@code rate}, {@code source}, {@code date}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FxRate(
        String from,
        String to,
        String rate,
        String source,
        LocalDate date) {
}
