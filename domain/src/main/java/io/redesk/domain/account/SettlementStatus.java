package io.redesk.domain.account;

/**
 * A settlement's payment status: INSTRUCTED → PARTLY_PAID (one or more partial payments, a residue
 * left) → PAID (nothing left) → CONFIRMED by the payee with the bank reference of the credit.
 */
public enum SettlementStatus {
    INSTRUCTED,
    PARTLY_PAID,
    PAID,
    CONFIRMED
}
