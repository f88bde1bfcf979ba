package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Aggregates technical-account amounts into statements of account per counterparty × currency ×
 * period (DESIGN §2, accounts). Amounts are never converted: each currency has its own statement.
 * Statements come out ordered by counterparty, then CNY first, then currency code, then period;
 * entries keep the order they were given in.
 */
public final class Statements {

    private Statements() {
    }

    public static List<StatementOfAccount> aggregate(List<StatementEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        Comparator<Key> order = Comparator.comparing(Key::counterpartyId)
                .thenComparing(k -> !k.currency().equals(Money.CNY.getCurrencyCode()))
                .thenComparing(Key::currency)
                .thenComparing(Key::period);
        Map<Key, List<StatementEntry>> groups = new TreeMap<>(order);
        for (StatementEntry e : entries) {
            groups.computeIfAbsent(new Key(e.counterpartyId(), e.amount().currency().getCurrencyCode(), e.period()),
                    k -> new ArrayList<>()).add(e);
        }
        List<StatementOfAccount> out = new ArrayList<>(groups.size());
        groups.forEach((k, list) -> {
            Money total = list.stream().map(StatementEntry::amount)
                    .reduce(Money.zero(list.get(0).amount().currency()), Money::plus);
            out.add(new StatementOfAccount(k.counterpartyId(), total.currency(), k.period(), list, total));
        });
        return out;
    }

    private record Key(String counterpartyId, String currency, String period) {
    }
}
