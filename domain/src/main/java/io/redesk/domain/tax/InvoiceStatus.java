package io.redesk.domain.tax;

/**
 * The life of a VAT invoice (rule 7): REQUESTED → ISSUED → DELIVERED → CONFIRMED; a request for
 * exempt business ends EXEMPT; an issued invoice is VOIDED only with a red-letter reversal.
 */
public enum InvoiceStatus {
    REQUESTED,
    ISSUED,
    DELIVERED,
    CONFIRMED,
    /** No invoice with VAT: the business is exempt. */
    EXEMPT,
    /** Reversed by a red-letter (红字) invoice. */
    VOIDED
}
