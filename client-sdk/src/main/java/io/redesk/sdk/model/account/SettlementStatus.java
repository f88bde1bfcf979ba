package io.redesk.sdk.model.account;

/**
 * Wire values of {@code SettlementStatus} in openapi.yaml.
 */
public enum SettlementStatus {
    INSTRUCTED,
    PARTLY_PAID,
    PAID,
    CONFIRMED
}
