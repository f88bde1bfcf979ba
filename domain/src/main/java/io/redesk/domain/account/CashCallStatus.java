package io.redesk.domain.account;

/** A cash call's state: CALLED until a participant pays its share, PARTLY_PAID, then PAID once every share is paid. */
public enum CashCallStatus {
    CALLED,
    PARTLY_PAID,
    PAID
}
