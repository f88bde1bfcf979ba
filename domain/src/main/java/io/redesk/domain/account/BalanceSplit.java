package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.signing.LargestRemainder;
import io.redesk.domain.signing.PoolMember;
import io.redesk.domain.signing.PoolSplit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a technical account's balance over the signed lines (DESIGN §2, technical accounts in
 * detail): the lines' total is the balance times the sum of the lines, rounded half-up to the
 * currency's minor unit (the whole balance when the lines add up to 100%); that total is then shared
 * in whole minor units by {@link LargestRemainder}, ties to the line listed first (list lines in
 * written order). The parts therefore always add up to the total, so no rounding difference (尾差)
 * ever comes from our own arithmetic, and every part is within one minor unit of its exact quota.
 * A negative balance (due to the cedent) splits the same way with the sign kept.
 */
public final class BalanceSplit {

    private BalanceSplit() {
    }

    /**
     * @param balance the balance at 100%
     * @param lines   the signed lines (percent of the whole) in written order; not all zero unless the balance is
     * @return one part per line, same order
     */
    public static List<Money> split(Money balance, List<Share> lines) {
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(lines, "lines");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a balance splits over at least one line");
        }
        List<Long> weights = new ArrayList<>(lines.size());
        Share sum = Share.ZERO;
        for (Share s : lines) {
            Objects.requireNonNull(s, "line");
            weights.add(s.units());
            sum = sum.plus(s);
        }
        Money total = balance.times(sum, Money.MARKET_ROUNDING);
        int scale = Money.minorUnits(balance.currency());
        long minor = total.amount().abs().movePointRight(scale).longValueExact();
        List<Long> parts = LargestRemainder.allocate(minor, weights);
        List<Money> out = new ArrayList<>(parts.size());
        for (long p : parts) {
            BigDecimal amount = BigDecimal.valueOf(total.signum() < 0 ? -p : p, scale);
            out.add(Money.of(amount, balance.currency()));
        }
        return out;
    }

    /**
     * A pool's part split to its members by their fixed shares (which add up to 100%, checked by
     * {@link PoolSplit#validateMembers}), the same way: the members' parts add up to the pool's part.
     */
    public static List<Money> splitPool(Money poolPart, List<PoolMember> members) {
        Objects.requireNonNull(members, "members");
        PoolSplit.validateMembers(members);
        return split(poolPart, members.stream().map(PoolMember::share).toList());
    }

    /** The exact (unrounded) quota of one line, for checks and explanations. */
    public static BigDecimal exactQuota(Money balance, Share line) {
        return balance.amount().multiply(line.percent()).movePointLeft(2);
    }
}
