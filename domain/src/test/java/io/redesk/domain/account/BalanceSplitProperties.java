package io.redesk.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.signing.LargestRemainder;
import io.redesk.domain.signing.PoolMember;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class BalanceSplitProperties {

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("CNY", "USD", "JPY", "KWD").map(Currency::getInstance);
    }

    /** Awkward lines: n positive parts of 100% at 4 decimals (thirds, sevenths, one tiny line...). */
    @Provide
    Arbitrary<List<Share>> fullLines() {
        return Arbitraries.longs().between(1, 1_000_000).list().ofMinSize(1).ofMaxSize(12)
                .map(w -> LargestRemainder.allocate(1_000_000, w).stream().filter(u -> u > 0).map(Share::ofUnits).toList())
                .filter(l -> !l.isEmpty());
    }

    private static Money money(long minor, Currency c) {
        return Money.of(BigDecimal.valueOf(minor, Money.minorUnits(c)), c);
    }

    @Property
    void partsOfAHundredPercentAddUpToTheWholeBalance(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long minor,
                                                      @ForAll("currencies") Currency c, @ForAll("fullLines") List<Share> lines) {
        Money balance = money(minor, c);
        List<Money> parts = BalanceSplit.split(balance, lines);
        assertThat(parts.stream().reduce(Money.zero(c), Money::plus)).isEqualTo(balance);
    }

    @Property
    void everyPartIsWithinOneMinorUnitOfItsExactQuotaAndKeepsTheSign(
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long minor,
            @ForAll("currencies") Currency c, @ForAll("fullLines") List<Share> lines) {
        Money balance = money(minor, c);
        List<Money> parts = BalanceSplit.split(balance, lines);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Money.minorUnits(c));
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal exact = BalanceSplit.exactQuota(balance, lines.get(i));
            assertThat(parts.get(i).amount().subtract(exact).abs()).isLessThan(unit);
            assertThat(parts.get(i).signum() * balance.signum()).isGreaterThanOrEqualTo(0);
        }
    }

    @Property
    void linesBelowAHundredPercentAddUpToTheHalfUpRoundedTotal(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long minor,
                                                               @ForAll("fullLines") List<Share> lines,
                                                               @ForAll @IntRange(min = 1, max = 100) int orderPercent) {
        // an order of orderPercent% of the whole: every line scaled down
        List<Share> scaled = lines.stream().map(s -> Share.of(String.valueOf(orderPercent)).applyTo(s, java.math.RoundingMode.DOWN))
                .filter(s -> !s.isZero()).toList();
        if (scaled.isEmpty()) {
            return;
        }
        Money balance = money(minor, Money.CNY);
        Share sum = scaled.stream().reduce(Share.ZERO, Share::plus);
        assertThat(BalanceSplit.split(balance, scaled).stream().reduce(Money.zeroCny(), Money::plus))
                .isEqualTo(balance.times(sum, java.math.RoundingMode.HALF_UP));
    }

    @Property
    void equalLinesDifferByAtMostOneCentAndTheEarliestGetsTheExtra(@ForAll @LongRange(min = 0, max = 10_000_000L) long minor,
                                                                  @ForAll @IntRange(min = 2, max = 9) int n) {
        // n equal lines of an awkward share (100/n rounded down to 4 decimals) plus the rest on a last line
        List<Share> lines = new ArrayList<>();
        long each = 1_000_000 / n;
        for (int i = 0; i < n; i++) {
            lines.add(Share.ofUnits(each));
        }
        Money balance = money(minor, Money.CNY);
        List<Money> parts = BalanceSplit.split(balance, lines);
        for (int i = 1; i < n; i++) {
            assertThat(parts.get(i - 1)).isGreaterThanOrEqualTo(parts.get(i));
            assertThat(parts.get(0).minus(parts.get(i)).amount()).isLessThanOrEqualTo(new BigDecimal("0.01"));
        }
    }

    @Property
    void aPoolPartSplitsToItsMembersAddingUpToThePoolPart(@ForAll @LongRange(min = -100_000_000_000L, max = 100_000_000_000L) long minor,
                                                          @ForAll("fullLines") List<Share> memberShares) {
        List<PoolMember> members = new ArrayList<>();
        for (int i = 0; i < memberShares.size(); i++) {
            members.add(new PoolMember("m" + i, memberShares.get(i)));
        }
        Money part = money(minor, Money.CNY);
        assertThat(BalanceSplit.splitPool(part, members).stream().reduce(Money.zeroCny(), Money::plus)).isEqualTo(part);
    }
}
