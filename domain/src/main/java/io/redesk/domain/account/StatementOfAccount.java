package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A statement of account: every technical-account amount with one counterparty in one currency for
 * one period, and their total (positive: the counterparty owes the holder). Built by
 * {@link Statements#aggregate}.
 */
public record StatementOfAccount(String counterpartyId, Currency currency, String period, List<StatementEntry> entries,
                                 Money total) {

    public StatementOfAccount {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(total, "total");
        entries = List.copyOf(entries);
    }

    /** The statement's entries as settlement items, ready for {@link Netting}. */
    public List<SettlementItem> settlementItems() {
        return entries.stream().map(e -> new SettlementItem(counterpartyId, e.amount(), e.accountReference())).toList();
    }
}
