package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Receivables and payables aged by counterparty and currency (not yet due, 0–30 / 31–60 / 61–90 / 90+
 * days past due, see {@link AgeBucket}). A positive open amount is owed to the book's owner (a receivable), a negative one
 * is owed by it (a payable); each side is aged on its own so they never net away in the chart. Amounts
 * in different currencies are never added: a row is one counterparty in one currency.
 */
public final class Ageing {

    private Ageing() {
    }

    /** Which way an open amount runs, seen from the book's owner. */
    public enum Side { RECEIVABLE, PAYABLE }

    /**
     * One open amount: what the counterparty owes (positive) or is owed (negative), due on {@code due}.
     * An amount not yet due on the day of the report is in {@link AgeBucket#NOT_YET_DUE}.
     */
    public record OpenAmount(String counterpartyId, Money amount, LocalDate due) {
        public OpenAmount {
            Objects.requireNonNull(counterpartyId, "counterpartyId");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(due, "due");
        }
    }

    /**
     * One row of the report: a counterparty's receivables or payables in one currency by bucket, as
     * positive amounts; every bucket is present (zero when empty).
     */
    public record Row(String counterpartyId, Currency currency, Side side, Map<AgeBucket, Money> buckets) {
        public Row {
            Objects.requireNonNull(counterpartyId, "counterpartyId");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(side, "side");
            buckets = Collections.unmodifiableMap(new EnumMap<>(buckets));
        }

        /** The bucket's amount (zero when none). */
        public Money bucket(AgeBucket bucket) {
            return buckets.getOrDefault(bucket, Money.zero(currency));
        }

        /** The row's total over every bucket. */
        public Money total() {
            return buckets.values().stream().reduce(Money.zero(currency), Money::plus);
        }
    }

    /**
     * Ages {@code amounts} on {@code asOf}: rows ordered by counterparty, then CNY before other
     * currencies, then receivables before payables. Zero amounts are left out.
     */
    public static List<Row> age(List<OpenAmount> amounts, LocalDate asOf) {
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(asOf, "asOf");
        record Key(String counterpartyId, Currency currency, Side side) {
        }
        Map<Key, Map<AgeBucket, Money>> sums = new LinkedHashMap<>();
        for (OpenAmount a : amounts) {
            if (a.amount().isZero()) {
                continue;
            }
            Side side = a.amount().isPositive() ? Side.RECEIVABLE : Side.PAYABLE;
            Currency currency = a.amount().currency();
            Map<AgeBucket, Money> row = sums.computeIfAbsent(new Key(a.counterpartyId(), currency, side), k -> {
                Map<AgeBucket, Money> empty = new EnumMap<>(AgeBucket.class);
                for (AgeBucket b : AgeBucket.values()) {
                    empty.put(b, Money.zero(currency));
                }
                return empty;
            });
            row.merge(AgeBucket.of(a.due(), asOf), a.amount().abs(), Money::plus);
        }
        List<Row> rows = new ArrayList<>();
        sums.forEach((k, v) -> rows.add(new Row(k.counterpartyId(), k.currency(), k.side(), v)));
        rows.sort(Comparator.comparing(Row::counterpartyId)
                .thenComparing(r -> !r.currency().equals(Money.CNY))
                .thenComparing(r -> r.currency().getCurrencyCode())
                .thenComparing(Row::side));
        return rows;
    }
}
