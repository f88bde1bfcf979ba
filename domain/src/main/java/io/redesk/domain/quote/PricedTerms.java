package io.redesk.domain.quote;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The terms of a slip that a quote prices (ADR 0461): once a reinsurer has quoted, the broker may still
 * correct the wording of the slip during the inquiry, but not what the price was given for. They are the
 * contract kind, the period (inception, expiry, time zone), the currency, the limit, sum insured, excess,
 * retention and deductible, the ceded share and the order. A change to any of them while a quote stands is
 * refused; the broker withdraws the inquiry (cancels, or lets the quotes lapse) and asks again.
 * Amounts compare by value ({@code 1000.0} is {@code 1000.00}); an absent term differs from a present one.
 */
public record PricedTerms(String contractKind, LocalDate inception, LocalDate expiry, String timeZone, String currency,
                          Money limit, Money sumInsured, Money excess, Money retention, Money deductible,
                          Share cededShare, Share order) {

    /** The first priced term that differs between these terms (as quoted) and {@code changed}, by component name. */
    public Optional<String> firstChange(PricedTerms changed) {
        if (!Objects.equals(contractKind, changed.contractKind)) {
            return Optional.of("contractKind");
        }
        if (!Objects.equals(inception, changed.inception)) {
            return Optional.of("inception");
        }
        if (!Objects.equals(expiry, changed.expiry)) {
            return Optional.of("expiry");
        }
        if (!Objects.equals(timeZone, changed.timeZone)) {
            return Optional.of("timeZone");
        }
        if (!Objects.equals(currency, changed.currency)) {
            return Optional.of("currency");
        }
        String[] names = {"limit", "sumInsured", "excess", "retention", "deductible"};
        Money[] before = {limit, sumInsured, excess, retention, deductible};
        Money[] after = {changed.limit, changed.sumInsured, changed.excess, changed.retention, changed.deductible};
        for (int i = 0; i < names.length; i++) {
            if (!sameMoney(before[i], after[i])) {
                return Optional.of(names[i]);
            }
        }
        if (!Objects.equals(cededShare, changed.cededShare)) {
            return Optional.of("cededShare");
        }
        if (!Objects.equals(order, changed.order)) {
            return Optional.of("order");
        }
        return Optional.empty();
    }

    private static boolean sameMoney(Money a, Money b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.isSameCurrency(b) && a.compareTo(b) == 0;
    }
}
