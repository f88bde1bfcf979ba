package io.redesk.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * An exchange rate with where and when it was taken: 1 {@code from} = {@code rate} {@code to}
 * (e.g. 1 USD = 7.1234 CNY, source "CFETS central parity", 2027-01-04). Conversion is always this
 * explicit step; money never changes currency implicitly.
 */
public record FxRate(Currency from, Currency to, BigDecimal rate, String source, LocalDate date) {

    public FxRate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("an exchange rate must be above zero, not " + rate.toPlainString());
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("an exchange rate needs two different currencies, got " + from);
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("an exchange rate must name its source");
        }
    }

    /** Converts an amount in {@code from} to {@code to}, rounded to the target's minor units. */
    public Money convert(Money amount, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        if (!amount.currency().equals(from)) {
            throw new CurrencyMismatchException(amount.currency(), from);
        }
        return Money.rounded(amount.amount().multiply(rate), to, rounding);
    }
}
