package io.redesk.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A percentage (of an order, of a risk, of a premium) held as a {@link BigDecimal} at scale 4 in
 * percent: {@code 18.7500} means 18.75%.
 *
 * <p>Shares are never negative. A share may exceed 100 only where a total is meant (for example the
 * sum of written lines on an over-subscribed placement); rules that need a single line to be at most
 * 100% check that themselves. Building a share from a value with more than 4 decimals is an error;
 * computed shares are rounded with an explicit {@link RoundingMode}.
 */
public record Share(BigDecimal percent) implements Comparable<Share> {

    /** Shares are held to 4 decimals of a percent (one millionth of the whole). */
    public static final int SCALE = 4;

    public static final Share ZERO = new Share(BigDecimal.ZERO);
    public static final Share HUNDRED = new Share(BigDecimal.valueOf(100));

    public Share {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0) {
            throw new IllegalArgumentException("a share cannot be negative: " + percent.toPlainString());
        }
        if (percent.scale() > SCALE && percent.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("a share has at most " + SCALE + " decimals: "
                    + percent.toPlainString() + "; round it explicitly");
        }
        percent = percent.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** Parses a percentage such as {@code "18.75"} (meaning 18.75%). */
    public static Share of(String percent) {
        Objects.requireNonNull(percent, "percent");
        try {
            return new Share(new BigDecimal(percent.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a percentage: '" + percent + "'", e);
        }
    }

    public static Share of(BigDecimal percent) {
        return new Share(percent);
    }

    /** A computed percentage rounded to 4 decimals with an explicit rounding mode. */
    public static Share rounded(BigDecimal percent, RoundingMode rounding) {
        return new Share(percent.setScale(SCALE, rounding));
    }

    /** The share held as an integer number of units of 0.0001 percent (exact). */
    public long units() {
        return percent.movePointRight(SCALE).longValueExact();
    }

    /** The share for an integer number of 0.0001-percent units. */
    public static Share ofUnits(long units) {
        return new Share(BigDecimal.valueOf(units, SCALE));
    }

    /** The share as a fraction of one (18.7500% gives 0.187500). */
    public BigDecimal fraction() {
        return percent.movePointLeft(2);
    }

    public Share plus(Share other) {
        return new Share(percent.add(other.percent));
    }

    /** Subtracts; the result may not be negative. */
    public Share minus(Share other) {
        return new Share(percent.subtract(other.percent));
    }

    /** This share applied to another share, e.g. 50% of a 10% line = 5%, rounded to 4 decimals. */
    public Share applyTo(Share other, RoundingMode rounding) {
        return rounded(percent.multiply(other.percent).movePointLeft(2), rounding);
    }

    /**
     * Why this share cannot stand as a percentage of a whole, or empty when it can: above 100% it never
     * can (a brokerage of 100.5% is as wrong as a line of 100.5%); zero only where {@code zeroAllowed}
     * (a brokerage or a deduction may be 0%, a line, an order or a ceded share may not).
     */
    public java.util.Optional<String> refusalAsPercentage(boolean zeroAllowed) {
        if (exceeds(HUNDRED)) {
            return java.util.Optional.of("must be at most 100%, not " + percent.toPlainString() + "%");
        }
        if (!zeroAllowed && isZero()) {
            return java.util.Optional.of("must be above 0%");
        }
        return java.util.Optional.empty();
    }

    public boolean isZero() {
        return percent.signum() == 0;
    }

    public boolean exceeds(Share other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Share other) {
        return percent.compareTo(other.percent);
    }

    /** e.g. {@code "18.7500%"}. */
    @Override
    public String toString() {
        return percent.toPlainString() + "%";
    }
}
