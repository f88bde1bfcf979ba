package io.redesk.domain.account;

/**
 * The kinds of technical-account item and their effect on the balance due to reinsurers (100%):
 * +1 adds to what the cedent owes the reinsurers, −1 reduces it, 0 is a memo item shown on the
 * account but not part of the balance (outstanding loss reserves, IBNR).
 */
public enum TaItemType {
    PREMIUM(+1),
    CEDING_COMMISSION(-1),
    BROKERAGE(-1),
    TAXES(-1),
    CLAIMS_PAID(-1),
    PREMIUM_RESERVE_RETAINED(-1),
    PREMIUM_RESERVE_RELEASED(+1),
    LOSS_RESERVE_RETAINED(-1),
    LOSS_RESERVE_RELEASED(+1),
    INTEREST_ON_RESERVES(+1),
    /** Premium for reinstating an excess-of-loss layer after a loss (rule 3). */
    REINSTATEMENT_PREMIUM(+1),
    /** Commission on the treaty's profit, returned to the cedent. */
    PROFIT_COMMISSION(-1),
    /** A large loss paid in cash ahead of the account (cash call), settled through it. */
    CASH_LOSS(-1),
    /** Memo: outstanding loss reserve, reported but not settled. */
    OUTSTANDING_LOSS_RESERVE(0),
    /** Memo: incurred but not reported. */
    IBNR(0);

    private final int sign;

    TaItemType(int sign) {
        this.sign = sign;
    }

    /** +1, −1, or 0 for memo items. */
    public int sign() {
        return sign;
    }

    public boolean isMemo() {
        return sign == 0;
    }
}
