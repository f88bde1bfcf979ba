package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * A technical account's balance as computed from its items, next to the total the sender stated (if
 * any) and the difference stated − computed. The computed figure is the one to settle; a non-zero
 * difference is flagged for the user, never silently accepted.
 */
public record TaBalance(Money computed, Optional<Money> stated, Money memoTotal) {

    public TaBalance {
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(memoTotal, "memoTotal");
    }

    /** Stated minus computed; zero when nothing was stated. */
    public Money difference() {
        return stated.map(s -> s.minus(computed)).orElse(Money.zero(computed.currency()));
    }

    /** Whether a stated total exists and disagrees with the items. */
    public boolean isFlagged() {
        return !difference().isZero();
    }

    public BalanceDirection direction() {
        return computed.isPositive() ? BalanceDirection.DUE_TO_REINSURERS
                : computed.isNegative() ? BalanceDirection.DUE_TO_CEDENT : BalanceDirection.NIL;
    }
}
