package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cash in and cash out by calendar month and currency, from the payments the book has seen. A
 * payment received is positive, one made is negative; in and out are summed apart (never netted), and
 * currencies are never added together.
 */
public final class MonthlyCash {

    private MonthlyCash() {
    }

    /** One payment: received (positive) or made (negative) on {@code date}. */
    public record Payment(LocalDate date, Money amount) {
        public Payment {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** One month in one currency: money in and money out, both as positive amounts. */
    public record Month(YearMonth month, Currency currency, Money in, Money out) {
        public Month {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(in, "in");
            Objects.requireNonNull(out, "out");
        }

        /** In minus out. */
        public Money net() {
            return in.minus(out);
        }
    }

    /**
     * The months from the first payment's to the last's in each currency (months without a payment
     * are present with zeros, so a chart's axis has no gaps), oldest first, CNY before other currencies.
     */
    public static List<Month> byMonth(List<Payment> payments) {
        Objects.requireNonNull(payments, "payments");
        Map<Currency, Map<YearMonth, Money[]>> sums = new LinkedHashMap<>();
        for (Payment p : payments) {
            Currency c = p.amount().currency();
            Money[] cell = sums.computeIfAbsent(c, k -> new LinkedHashMap<>())
                    .computeIfAbsent(YearMonth.from(p.date()), k -> new Money[] {Money.zero(c), Money.zero(c)});
            if (p.amount().isPositive()) {
                cell[0] = cell[0].plus(p.amount());
            } else {
                cell[1] = cell[1].plus(p.amount().abs());
            }
        }
        List<Month> out = new ArrayList<>();
        sums.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Currency, Map<YearMonth, Money[]>> e) -> !e.getKey().equals(Money.CNY))
                        .thenComparing(e -> e.getKey().getCurrencyCode()))
                .forEach(e -> {
                    Currency c = e.getKey();
                    YearMonth first = e.getValue().keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
                    YearMonth last = e.getValue().keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
                    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                        Money[] cell = e.getValue().get(m);
                        out.add(cell == null ? new Month(m, c, Money.zero(c), Money.zero(c))
                                : new Month(m, c, cell[0], cell[1]));
                    }
                });
        return out;
    }
}
