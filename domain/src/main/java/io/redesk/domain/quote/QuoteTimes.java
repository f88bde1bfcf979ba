package io.redesk.domain.quote;

import java.time.Instant;

/**
 * The two clocks of a quote (DESIGN §2): the inquiry's deadline, until which a reinsurer may quote, and the
 * quote's own validity, until which the broker may accept it. A QUOTED quote whose validity has ended is
 * EXPIRED whether or not anyone has written that down yet; both ends are exclusive (a quote valid until
 * 12:00 cannot be accepted at 12:00).
 */
public final class QuoteTimes {
    private QuoteTimes() {
    }

    /** True when a quote in {@code status} with validity {@code validUntil} has lapsed at {@code now}. */
    public static boolean lapsed(QuoteStatus status, Instant validUntil, Instant now) {
        return status == QuoteStatus.QUOTED && validUntil != null && !validUntil.isAfter(now);
    }

    /** True when the inquiry's {@code deadline} (null: none) has passed at {@code now}. */
    public static boolean pastDeadline(Instant deadline, Instant now) {
        return deadline != null && !deadline.isAfter(now);
    }
}
