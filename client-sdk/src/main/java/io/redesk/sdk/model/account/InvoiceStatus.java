package io.redesk.sdk.model.account;

/**
 * Wire values of {@code InvoiceStatus} in openapi.yaml.
 */
public enum InvoiceStatus {
    REQUESTED,
    ISSUED,
    DELIVERED,
    CONFIRMED,
    EXEMPT,
    VOIDED
}
