package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import io.redesk.domain.party.Organisation;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a settlement may carry the cross-border RMB flag (跨境人民币结算, DESIGN §2 settlement): only
 * a settlement in CNY between a domestic and an overseas party is cross-border RMB. The check returns
 * the reason it does not apply, so the exchange can refuse the flag with it; it never silently drops
 * the flag.
 */
public final class CrossBorderRmb {

    private CrossBorderRmb() {
    }

    /** Empty when the flag applies; otherwise why it does not. */
    public static Optional<String> refusal(Organisation payer, Organisation payee, Currency settlementCurrency) {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(settlementCurrency, "settlementCurrency");
        if (!settlementCurrency.equals(Money.CNY)) {
            return Optional.of("cross-border RMB settlement is settlement in CNY; this settlement is in "
                    + settlementCurrency.getCurrencyCode());
        }
        if (payer.isDomestic() && payee.isDomestic()) {
            return Optional.of("both parties are domestic (" + payer.name() + ", " + payee.name()
                    + "): the settlement is not cross-border");
        }
        if (!payer.isDomestic() && !payee.isDomestic()) {
            return Optional.of("neither party is domestic (" + payer.countryCode() + ", " + payee.countryCode()
                    + "): cross-border RMB needs one party in China");
        }
        return Optional.empty();
    }
}
