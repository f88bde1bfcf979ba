package io.redesk.sdk.model.placement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Wire form of the {@code FiscalRegulatory} schema of openapi.yaml; every field is optional.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FiscalRegulatory(
        String taxPayable,
        String countryOfOrigin,
        String regulatoryClass,
        Boolean crossBorderRmb) {

    /** Fiscal and regulatory details that do not say whether settlement is in cross-border RMB. */
    public FiscalRegulatory(String taxPayable, String countryOfOrigin, String regulatoryClass) {
        this(taxPayable, countryOfOrigin, regulatoryClass, null);
    }
}
