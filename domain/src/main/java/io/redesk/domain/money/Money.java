package io.redesk.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one ISO-4217 currency, always held at the currency's minor-unit scale
 * (CNY and USD: 2 decimals, JPY: 0, KWD: 3).
 *
 * <p>Money never silently loses precision: building one from an amount with more decimals than the
 * currency allows is an error, and every operation that can produce extra decimals (multiplying,
 * dividing, taking a share) takes an explicit {@link RoundingMode}. Arithmetic between two amounts
 * requires the same currency; conversion is a separate, explicit step with a rate and a source.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** The default currency of the market: renminbi. */
    public static final Currency CNY = Currency.getInstance("CNY");

    /** Rounding used where the market convention is "round half up to the cent" (四舍五入). */
    public static final RoundingMode MARKET_ROUNDING = RoundingMode.HALF_UP;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = minorUnits(currency);
        if (amount.scale() > digits) {
            BigDecimal stripped = amount.stripTrailingZeros();
            if (stripped.scale() > digits) {
                throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more decimals than "
                        + currency.getCurrencyCode() + " allows (" + digits + "); round it explicitly");
            }
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /** Parses an amount such as {@code "1234.56"} in the given ISO-4217 currency. */
    public static Money of(String amount, String currencyCode) {
        return new Money(parse(amount), currency(currencyCode));
    }

    /** An exact amount in the given currency (no rounding: too many decimals is an error). */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** An amount rounded to the currency's minor units with an explicit rounding mode. */
    public static Money rounded(BigDecimal amount, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        return new Money(amount.setScale(minorUnits(currency), rounding), currency);
    }

    /** Parses an amount in CNY, the default currency. */
    public static Money cny(String amount) {
        return new Money(parse(amount), CNY);
    }

    /** Zero in the given currency. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Zero in CNY. */
    public static Money zeroCny() {
        return zero(CNY);
    }

    /** The number of decimals of the currency's minor unit; currencies without one are rejected. */
    public static int minorUnits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("currency " + currency.getCurrencyCode()
                    + " has no minor unit and cannot be used for money");
        }
        return digits;
    }

    private static Currency currency(String code) {
        Objects.requireNonNull(code, "currencyCode");
        try {
            return Currency.getInstance(code.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISO-4217 currency code: '" + code + "'", e);
        }
    }

    private static BigDecimal parse(String amount) {
        Objects.requireNonNull(amount, "amount");
        try {
            return new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal amount: '" + amount + "'", e);
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** Multiplies by a factor and rounds the result to the currency's minor units. */
    public Money multiply(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        return rounded(amount.multiply(factor), currency, rounding);
    }

    /** Multiplies by an exact integer (no rounding needed). */
    public Money multiply(long times) {
        return new Money(amount.multiply(BigDecimal.valueOf(times)), currency);
    }

    /** Divides by a divisor and rounds the result to the currency's minor units. */
    public Money divide(BigDecimal divisor, RoundingMode rounding) {
        Objects.requireNonNull(divisor, "divisor");
        if (divisor.signum() == 0) {
            throw new ArithmeticException("division of money by zero");
        }
        // Enough working precision that the single final rounding is the only one.
        BigDecimal exact = amount.divide(divisor, amount.scale() + divisor.precision() + 12, RoundingMode.HALF_EVEN);
        return rounded(exact, currency, rounding);
    }

    /** This amount times a percentage share, rounded to minor units (e.g. a 20% line of a balance). */
    public Money times(Share share, RoundingMode rounding) {
        Objects.requireNonNull(share, "share");
        return rounded(amount.multiply(share.percent()).movePointLeft(2), currency, rounding);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money abs() {
        return new Money(amount.abs(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public int signum() {
        return amount.signum();
    }

    /** The smaller of the two amounts (same currency). */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** The larger of the two amounts (same currency). */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    public boolean isSameCurrency(Money other) {
        return currency.equals(other.currency);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    /** e.g. {@code "CNY 225000.00"}; for display use a locale formatter in the app. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
