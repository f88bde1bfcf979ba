package io.redesk.domain.layer;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class XlLayerProperties {

    private static final LocalDate INCEPTION = LocalDate.of(2027, 1, 1);
    private static final LocalDate EXPIRY = LocalDate.of(2028, 1, 1);

    private static Money cny(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), Money.CNY);
    }

    @Provide
    Arbitrary<List<Long>> losses() {
        return Arbitraries.longs().between(0, 5_000_000_000L).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Integer>> rates() {
        return Arbitraries.integers().between(0, 100).list().ofMaxSize(4);
    }

    @Property
    void totalReinstatementPremiumNeverExceedsReinstatementsTimesPremium(
            @ForAll @LongRange(min = 1, max = 1_000_000_000) long limitCents,
            @ForAll @LongRange(min = 0, max = 500_000_000) long excessCents,
            @ForAll @LongRange(min = 0, max = 100_000_000) long premiumCents,
            @ForAll("rates") List<Integer> rates,
            @ForAll("losses") List<Long> lossCents,
            @ForAll boolean proRataTime,
            @ForAll @IntRange(min = 0, max = 364) int firstDay) {
        List<Share> shares = rates.stream().map(r -> Share.of(BigDecimal.valueOf(r))).toList();
        XlLayer layer = new XlLayer(cny(limitCents), cny(excessCents), cny(premiumCents), shares,
                proRataTime, INCEPTION, EXPIRY, null);
        List<LayerLoss> losses = new ArrayList<>();
        for (int i = 0; i < lossCents.size(); i++) {
            losses.add(new LayerLoss("L" + i, cny(lossCents.get(i)), INCEPTION.plusDays(Math.min(364, firstDay + i))));
        }
        LayerStatement s = layer.apply(losses);

        Money cap = cny(premiumCents).multiply(rates.size());
        assertThat(s.totalReinstatementPremium()).isLessThanOrEqualTo(cap);
        assertThat(s.totalReinstatementPremium()).isLessThanOrEqualTo(layer.maximumReinstatementPremium());
        assertThat(s.losses().stream().map(LossRecovery::reinstatementPremium).reduce(cny(0), Money::plus))
                .isEqualTo(s.totalReinstatementPremium());
        assertThat(s.totalRecovery()).isLessThanOrEqualTo(layer.effectiveAggregateLimit());
        assertThat(s.losses()).allSatisfy(l -> assertThat(l.recovery()).isLessThanOrEqualTo(layer.limit()));
    }
}
