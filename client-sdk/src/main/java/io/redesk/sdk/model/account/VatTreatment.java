package io.redesk.sdk.model.account;

/**
 * Wire values of {@code VatTreatment} in openapi.yaml.
 */
public enum VatTreatment {
    EXEMPT,
    WITHHELD,
    CHARGED,
    OUT_OF_SCOPE
}
