package io.redesk.sdk.model.account;

/**
 * Wire values of {@code BalanceDirection} in openapi.yaml.
 */
public enum BalanceDirection {
    DUE_TO_REINSURERS,
    DUE_TO_CEDENT,
    NIL
}
