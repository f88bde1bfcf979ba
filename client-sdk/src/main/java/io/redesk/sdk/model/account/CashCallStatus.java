package io.redesk.sdk.model.account;

/** Wire values of {@code CashCallStatus} in openapi.yaml. */
public enum CashCallStatus {
    CALLED,
    PARTLY_PAID,
    PAID
}
