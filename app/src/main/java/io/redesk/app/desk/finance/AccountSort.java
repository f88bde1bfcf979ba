package io.redesk.app.desk.finance;

/** Orders of the accounts list; ties always fall back to contract reference, period, version, id. */
public enum AccountSort {
    /** Accounting period (2027Q1 before 2027Q2), then contract reference. */
    PERIOD,
    CONTRACT,
    /** The first counterparty's id (the page sorts by name itself when it shows names). */
    COUNTERPARTY,
    CURRENCY,
    STATUS,
    /** The balance the domain computed (numeric, within a currency; across currencies by code first). */
    BALANCE,
    /** The difference between the stated total and the computed balance (largest absolute first when descending). */
    DIFFERENCE,
    DUE_DATE,
    /** Last change in the vault (newest first when descending). */
    UPDATED
}
