package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settlement netting (DESIGN §2, accounts): amounts are netted per counterparty and per currency,
 * never across currencies (converting is an explicit step with an {@code FxRate}). The result is one
 * position per counterparty and currency, ordered by counterparty, then CNY first (settlement in
 * local currency first), then currency code.
 */
public final class Netting {

    private Netting() {
    }

    public static List<NetPosition> net(List<SettlementItem> items) {
        Objects.requireNonNull(items, "items");
        Map<String, Map<String, List<SettlementItem>>> groups = new LinkedHashMap<>();
        for (SettlementItem i : items) {
            groups.computeIfAbsent(i.counterpartyId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(i.amount().currency().getCurrencyCode(), k -> new ArrayList<>()).add(i);
        }
        List<NetPosition> out = new ArrayList<>();
        groups.forEach((cp, byCurrency) -> byCurrency.forEach((ccy, list) -> {
            Money net = list.stream().map(SettlementItem::amount).reduce(Money.zero(list.get(0).amount().currency()), Money::plus);
            List<String> refs = list.stream().map(SettlementItem::reference).filter(Objects::nonNull).toList();
            out.add(new NetPosition(cp, net, refs));
        }));
        out.sort(Comparator.comparing(NetPosition::counterpartyId)
                .thenComparing(p -> !p.net().currency().equals(Money.CNY))
                .thenComparing(p -> p.net().currency().getCurrencyCode()));
        return out;
    }
}
