package io.redesk.recon.match;

/** The matching pass that formed a group, in the order the engine runs them. */
public enum Pass {
    /** The same reference field on both sides, same currency, amount equal or within the tolerance. */
    REFERENCE,
    /** One side's reference found as a token of the other side's description. */
    REFERENCE_IN_DESCRIPTION,
    /** Same amount, currency and (normalised) counterparty, dates no further apart than the window. */
    AMOUNT_COUNTERPARTY_DATE,
    /** Amounts within the tolerance, same currency and counterparty, within the date window (尾差). */
    AMOUNT_WITHIN_TOLERANCE,
    /** A bounded subset search inside one counterparty × currency block and date window. */
    SUBSET_SUM,
    /** No pass matched the item. */
    NONE
}
