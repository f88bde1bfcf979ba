package io.redesk.domain.account;

/** Who owes whom on a technical account. */
public enum BalanceDirection {
    DUE_TO_REINSURERS,
    DUE_TO_CEDENT,
    NIL
}
