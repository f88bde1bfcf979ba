package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import java.util.Objects;

/**
 * One amount to settle with a counterparty, from the user's side: positive is receivable (the
 * counterparty pays us), negative is payable. {@code reference} points at the TA or claim it comes from.
 */
public record SettlementItem(String counterpartyId, Money amount, String reference) {

    public SettlementItem {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(amount, "amount");
        if (counterpartyId.isBlank()) {
            throw new IllegalArgumentException("a settlement item needs its counterparty");
        }
    }
}
