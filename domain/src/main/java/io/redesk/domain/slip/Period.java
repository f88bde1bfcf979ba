package io.redesk.domain.slip;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The period of cover: from the start of {@code inception} to the end of {@code expiry}, both days
 * inclusive, local standard time in {@code timeZone} (e.g. Asia/Shanghai). Any part may be missing
 * in a draft.
 */
public record Period(LocalDate inception, LocalDate expiry, ZoneId timeZone) {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** A one-year period from inception, Shanghai time: 1 Jan 2027 to 31 Dec 2027 inclusive. */
    public static Period oneYear(LocalDate inception) {
        return new Period(inception, inception.plusYears(1).minusDays(1), SHANGHAI);
    }

    /**
     * Why a period from {@code inception} to {@code expiry} (both inclusive) is out of order, or empty:
     * expiry may be the inception day itself (one day of cover), never before it. The one rule the desk's
     * editor and the exchange both apply.
     */
    public static java.util.Optional<String> orderRefusal(LocalDate inception, LocalDate expiry) {
        if (inception != null && expiry != null && expiry.isBefore(inception)) {
            return java.util.Optional.of("expiry " + expiry + " is before inception " + inception);
        }
        return java.util.Optional.empty();
    }

    /** The instant cover starts. */
    public ZonedDateTime start() {
        return inception.atStartOfDay(timeZone);
    }

    /** The instant cover ends (the start of the day after expiry). */
    public ZonedDateTime end() {
        return expiry.plusDays(1).atStartOfDay(timeZone);
    }

    /** The day after expiry, i.e. the exclusive end date used for day counts. */
    public LocalDate endExclusive() {
        return expiry.plusDays(1);
    }
}
