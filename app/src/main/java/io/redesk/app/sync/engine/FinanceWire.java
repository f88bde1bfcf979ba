package io.redesk.app.sync.engine;

import io.redesk.domain.account.TaItem;
import io.redesk.domain.account.TaItemType;
import io.redesk.domain.account.TechnicalAccount;
import io.redesk.domain.money.Money;
import java.util.Currency;
import java.util.List;

/**
 * Between the accounts API's wire documents ({@code io.redesk.sdk.model.account}) and the domain's
 * types, so every figure the vault shows is the domain's: wire enums map to the domain's by name (the
 * contract uses the domain's names) and amounts are taken exactly as written.
 */
public final class FinanceWire {

    private FinanceWire() {
    }

    /** The domain's exact amount of a wire amount; null stays null. */
    public static Money money(io.redesk.sdk.model.Money m) {
        return m == null ? null : Money.of(m.amount(), m.currency());
    }

    /** The wire amount of a domain amount, in its plain form; null stays null. */
    public static io.redesk.sdk.model.Money wire(Money m) {
        return m == null ? null : new io.redesk.sdk.model.Money(m.amount().toPlainString(), m.currency().getCurrencyCode());
    }

    /** The domain's account of a wire account's items and stated total (for its balance). */
    public static TechnicalAccount domain(io.redesk.sdk.model.account.TechnicalAccount a) {
        return domain(a.contractReference(), a.period(), a.currency(), a.items(), a.statedBalance());
    }

    /** The domain's account of these wire items and stated total. */
    public static TechnicalAccount domain(String contractReference, String period, String currency,
                                          List<io.redesk.sdk.model.account.TaItem> items,
                                          io.redesk.sdk.model.Money stated) {
        List<TaItem> domainItems = items == null ? List.of() : items.stream().map(FinanceWire::item).toList();
        return new TechnicalAccount(contractReference, period, Currency.getInstance(currency), domainItems, money(stated));
    }

    public static TaItem item(io.redesk.sdk.model.account.TaItem i) {
        return new TaItem(TaItemType.valueOf(i.type().name()), money(i.amount()), i.reference());
    }
}
