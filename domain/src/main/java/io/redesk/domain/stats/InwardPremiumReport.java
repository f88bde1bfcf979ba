package io.redesk.domain.stats;

import io.redesk.domain.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cross-border premium statistics: every flow with its class, and totals per class and currency.
 * Inward premium is {@link #inward(Currency)}; outward is reported separately by {@link #outward}.
 */
public record InwardPremiumReport(List<ClassifiedFlow> flows, Map<FlowClass, Map<Currency, Money>> totals) {

    public InwardPremiumReport {
        flows = List.copyOf(Objects.requireNonNull(flows, "flows"));
        totals = Map.copyOf(Objects.requireNonNull(totals, "totals"));
    }

    public Money total(FlowClass flowClass, Currency currency) {
        return totals.getOrDefault(flowClass, Map.of()).getOrDefault(currency, Money.zero(currency));
    }

    /** Inward premium counted "new domestically, never twice". */
    public Money inward(Currency currency) {
        return total(FlowClass.INWARD, currency);
    }

    public Money outward(Currency currency) {
        return total(FlowClass.OUTWARD, currency);
    }
}
