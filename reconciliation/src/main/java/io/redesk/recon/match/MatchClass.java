package io.redesk.recon.match;

/** What kind of group a reconciliation result holds (issue 13's output classes). */
public enum MatchClass {
    /** One ledger item and one statement line for the same amount. */
    EXACT,
    /** One ledger item and one statement line whose amounts differ by no more than the tolerance (尾差). */
    ROUNDING,
    /** One ledger item settled by several statement lines that sum to it. */
    ONE_TO_MANY,
    /** Several ledger items settled by one statement line that sums them. */
    MANY_TO_ONE,
    /** More than one way to match these items fits equally: the user decides, the engine never picks. */
    AMBIGUOUS,
    /** One item nothing matched, aged as of the run's date. */
    UNMATCHED
}
