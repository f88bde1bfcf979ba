package io.redesk.domain.account;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The market's ageing buckets for open amounts (DESIGN.md §2, reconciliation and the finance desk):
 * 0–30, 31–60, 61–90 and over 90 days since the amount fell due, day 0 being the due date itself. An
 * amount not yet due has a bucket of its own ({@link #NOT_YET_DUE}, "current" in an ageing report), so
 * it is never put in "0–30" and never left out of the total.
 */
public enum AgeBucket {
    NOT_YET_DUE(Long.MIN_VALUE, -1),
    DAYS_0_30(0, 30),
    DAYS_31_60(31, 60),
    DAYS_61_90(61, 90),
    OVER_90(91, Long.MAX_VALUE);

    private final long fromDay;
    private final long toDay;

    AgeBucket(long fromDay, long toDay) {
        this.fromDay = fromDay;
        this.toDay = toDay;
    }

    /** First day of the bucket (inclusive; {@link Long#MIN_VALUE} for the open-ended first one). */
    public long fromDay() {
        return fromDay;
    }

    /** Last day of the bucket (inclusive; {@link Long#MAX_VALUE} for the open-ended last one). */
    public long toDay() {
        return toDay;
    }

    /** The bucket of an amount {@code days} days past due (negative: before its due date). */
    public static AgeBucket ofDays(long days) {
        for (AgeBucket b : values()) {
            if (days <= b.toDay) {
                return b;
            }
        }
        throw new AssertionError("unreachable: OVER_90 is open-ended");
    }

    /** The bucket of an amount due on {@code due}, seen on {@code asOf}. */
    public static AgeBucket of(LocalDate due, LocalDate asOf) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(asOf, "asOf");
        return ofDays(ChronoUnit.DAYS.between(due, asOf));
    }
}
