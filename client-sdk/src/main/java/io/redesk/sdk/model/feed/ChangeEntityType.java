package io.redesk.sdk.model.feed;

/**
 * Wire values of {@code ChangeEntityType} in openapi.yaml.
 */
public enum ChangeEntityType {
    PLACEMENT,
    QUOTE,
    LINE,
    TECHNICAL_ACCOUNT,
    CLAIM,
    RESERVE_MOVEMENT,
    CASH_CALL,
    SETTLEMENT,
    INVOICE
}
