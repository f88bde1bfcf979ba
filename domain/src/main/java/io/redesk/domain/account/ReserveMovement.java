package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import io.redesk.domain.validation.Errors;
import io.redesk.domain.validation.ValidationException;
import java.util.Objects;

/**
 * A movement of a claim's outstanding loss reserve (DESIGN §2, claims: "reserve movement"): the
 * reserve at 100% moves from {@code previous} to {@code outstanding}; {@code change} is the difference.
 * The new reserve is in the claim's currency, not negative (a reserve is released to zero, never below),
 * and differs from the previous one (a movement that moves nothing is refused, not recorded).
 */
public record ReserveMovement(Money previous, Money outstanding) {

    public ReserveMovement {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(outstanding, "outstanding");
    }

    /**
     * The movement from the claim's current reserve to {@code next}.
     *
     * @throws ValidationException {@code claim.reserveCurrency} (field {@code outstanding.currency}),
     *                             {@code claim.reserveNegative} or {@code claim.reserveUnchanged}
     *                             (field {@code outstanding.amount})
     */
    public static ReserveMovement of(Money previous, Money next) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(next, "next");
        Errors e = new Errors();
        if (!previous.isSameCurrency(next)) {
            e.add("outstanding.currency", "claim.reserveCurrency", "the claim is reserved in " + previous.currency().getCurrencyCode()
                    + "; a reserve in " + next.currency().getCurrencyCode() + " cannot replace it");
        } else if (next.isNegative()) {
            e.add("outstanding.amount", "claim.reserveNegative", "an outstanding reserve is zero or more, not " + next.amount().toPlainString());
        } else if (next.compareTo(previous) == 0) {
            e.add("outstanding.amount", "claim.reserveUnchanged", "the outstanding reserve is already " + previous
                    + "; a movement must change it");
        }
        ValidationException.throwIfAny(e.toList());
        return new ReserveMovement(previous, next);
    }

    /**
     * Each participant's part of the new outstanding reserve: the order's part (half-up) split over the signed
     * lines by {@link BalanceSplit}, so the parts add up to it. Empty without signed lines.
     */
    public java.util.List<Money> shares(io.redesk.domain.money.Share orderShare, java.util.List<io.redesk.domain.money.Share> signedLines) {
        Objects.requireNonNull(orderShare, "orderShare");
        if (signedLines.isEmpty()) {
            return java.util.List.of();
        }
        return BalanceSplit.split(outstanding.times(orderShare, java.math.RoundingMode.HALF_UP), signedLines);
    }

    /** The change of the reserve: positive for a strengthening, negative for a release. */
    public Money change() {
        return outstanding.minus(previous);
    }
}
