package io.redesk.sdk.model.account;

/**
 * Wire values of {@code AccountKind} in openapi.yaml.
 */
public enum AccountKind {
    ORIGINAL,
    REVERSAL,
    CORRECTION
}
