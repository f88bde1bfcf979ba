package io.redesk.app.desk.finance;

/** The account actions {@link FinanceActions} offers, as {@link AccountDetail#allowedActions()} lists them. */
public enum AccountAction {
    /** Broker: a draft goes to the parties (frozen from then on). */
    ISSUE,
    /** A participant agrees its share. */
    AGREE,
    /** A participant queries its share, with a reason. */
    QUERY,
    /** Broker: a reversal plus a corrected version (a new draft). */
    CORRECT,
    /** Broker: replace a draft's items and stated total. */
    EDIT_DRAFT,
    /** Broker: register the bill with the exchange's registry. */
    REGISTER
}
