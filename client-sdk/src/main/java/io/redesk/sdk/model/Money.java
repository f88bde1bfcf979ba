package io.redesk.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An exact amount; never a float. Wire form of the {@code Money} schema of openapi.yaml; required:
 * {@code amount}, {@code currency}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Money(
        String amount,
        String currency) {

    /** Shorthand for {@code new Money(amount, currency)}, e.g. {@code Money.of("1234.56", "CNY")}. */
    public static Money of(String amount, String currency) {
        return new Money(amount, currency);
    }
}
