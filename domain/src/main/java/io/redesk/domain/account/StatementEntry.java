package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import java.util.Objects;

/**
 * One technical account's amount with one counterparty, from the statement holder's side (positive:
 * the counterparty owes the holder), for the accounting period the account belongs to.
 */
public record StatementEntry(String counterpartyId, String period, Money amount, String accountReference) {

    public StatementEntry {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(accountReference, "accountReference");
        if (counterpartyId.isBlank() || period.isBlank() || accountReference.isBlank()) {
            throw new IllegalArgumentException("a statement entry needs its counterparty, period and account");
        }
    }
}
