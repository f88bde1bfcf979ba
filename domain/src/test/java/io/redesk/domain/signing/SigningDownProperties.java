package io.redesk.domain.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.domain.money.Share;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SigningDownProperties {

    private static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");

    @Provide
    Arbitrary<List<WrittenLine>> lines() {
        Arbitrary<Long> units = Arbitraries.longs().between(1, 1_000_000); // 0.0001% .. 100%
        Arbitrary<Boolean> toStand = Arbitraries.integers().between(0, 4).map(i -> i == 0);
        Arbitrary<Integer> minute = Arbitraries.integers().between(0, 30); // repeats: exercise tie order
        Arbitrary<WrittenLine> line = Combinators.combine(units, toStand, minute)
                .as((u, s, m) -> new WrittenLine("?", Share.ofUnits(u), s, T0.plusSeconds(60L * m)));
        return line.list().ofMinSize(1).ofMaxSize(12).map(ls -> {
            List<WrittenLine> named = new ArrayList<>();
            for (int i = 0; i < ls.size(); i++) {
                WrittenLine l = ls.get(i);
                named.add(new WrittenLine("L" + i, l.written(), l.toStand(), l.writtenAt()));
            }
            return named;
        });
    }

    @Provide
    Arbitrary<Share> orders() {
        return Arbitraries.longs().between(1, 1_000_000).map(Share::ofUnits);
    }

    private static long total(List<WrittenLine> ls) {
        return ls.stream().mapToLong(l -> l.written().units()).sum();
    }

    private static long toStand(List<WrittenLine> ls) {
        return ls.stream().filter(WrittenLine::toStand).mapToLong(l -> l.written().units()).sum();
    }

    /** A reduced order below 0.0001% is refused (tested in SigningDownTest); it is not what these properties are about. */
    private static boolean reducedOrderIsNotZero(List<WrittenLine> ls, Share order) {
        return Math.min(total(ls), 1_000_000) * order.units() >= 1_000_000;
    }

    @Property
    void signedLinesAlwaysSumToExactlyHundredPercentOfTheOrder(@ForAll("lines") List<WrittenLine> lines,
                                                                @ForAll("orders") Share order) {
        Assume.that(toStand(lines) <= 1_000_000 && reducedOrderIsNotZero(lines, order));
        SigningResult r = SigningDown.sign(lines, order, BrokerDecision.REDUCE_ORDER);
        assertThat(r.isSigned()).isTrue();
        assertThat(r.signedTotal().percent()).hasToString("100.0000");
    }

    @Property
    void toStandLinesNeverChange(@ForAll("lines") List<WrittenLine> lines) {
        Assume.that(toStand(lines) <= 1_000_000 && total(lines) >= 1_000_000);
        SigningResult r = SigningDown.sign(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).toStand()) {
                assertThat(r.lines().get(i).signed()).isEqualTo(lines.get(i).written());
            }
        }
    }

    @Property
    void noSignedLineExceedsItsWrittenLine(@ForAll("lines") List<WrittenLine> lines) {
        Assume.that(toStand(lines) <= 1_000_000 && total(lines) >= 1_000_000);
        SigningResult r = SigningDown.sign(lines);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(r.lines().get(i).signed()).isLessThanOrEqualTo(lines.get(i).written());
        }
    }

    @Property
    void aReducedOrderKeepsEveryLinesShareOfTheWholeRiskWithinRounding(@ForAll("lines") List<WrittenLine> lines,
                                                                       @ForAll("orders") Share order) {
        Assume.that(total(lines) < 1_000_000 && reducedOrderIsNotZero(lines, order));
        SigningResult r = SigningDown.sign(lines, order, BrokerDecision.REDUCE_ORDER);
        assertThat(r.order()).isLessThanOrEqualTo(order);
        for (int i = 0; i < lines.size(); i++) {
            java.math.BigDecimal before = lines.get(i).written().percent().multiply(order.fraction());
            java.math.BigDecimal after = r.lines().get(i).signed().percent().multiply(r.order().fraction());
            assertThat(after.subtract(before).abs()).isLessThanOrEqualTo(new java.math.BigDecimal("0.0002"));
        }
    }

    @Property
    void poolMemberLinesSumToExactlyThePoolLine(@ForAll("orders") Share poolLine,
                                               @ForAll("lines") List<WrittenLine> weights) {
        // Member shares: any positive weights, normalised to exactly 100% with the same rounding rule.
        List<Long> shares = LargestRemainder.allocate(1_000_000,
                weights.stream().map(w -> w.written().units()).toList());
        Assume.that(shares.stream().allMatch(s -> s > 0));
        List<PoolMember> members = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            members.add(new PoolMember("M" + i, Share.ofUnits(shares.get(i))));
        }
        List<MemberLine> split = PoolSplit.split(poolLine, members);
        assertThat(split.stream().map(MemberLine::line).reduce(Share.ZERO, Share::plus)).isEqualTo(poolLine);
    }
}
