package io.redesk.domain.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.validation.ValidationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class XlLayerTest {

    /** 5m xs 1m, premium 500k, one reinstatement at 100%, pro rata as to amount. */
    private static final XlLayer LAYER = XlLayer.of(Money.cny("5000000"), Money.cny("1000000"), Money.cny("500000"), 1);
    private static final LocalDate INCEPTION = LocalDate.of(2027, 1, 1);
    private static final LocalDate EXPIRY = LocalDate.of(2028, 1, 1);

    @Test
    void aggregateLimitIsOnePlusReinstatementsTimesLimit() {
        assertThat(LAYER.effectiveAggregateLimit()).isEqualTo(Money.cny("10000000"));
    }

    @Test
    void aFourMillionLossRecoversThreeMillionAndOwesThreeHundredThousandReinstatementPremium() {
        LossRecovery r = LAYER.apply(List.of(new LayerLoss("L1", Money.cny("4000000"), LocalDate.of(2027, 4, 1)))).loss("L1");
        assertThat(r.recovery()).isEqualTo(Money.cny("3000000"));
        assertThat(r.reinstated()).isEqualTo(Money.cny("3000000"));
        assertThat(r.reinstatementPremium()).isEqualTo(Money.cny("300000"));
    }

    @Test
    void proRataAsToTimeWith275Of365DaysLeftOwes226027point40() {
        LocalDate lossDate = EXPIRY.minusDays(275);
        assertThat(ChronoUnit.DAYS.between(INCEPTION, EXPIRY)).isEqualTo(365);
        LossRecovery r = LAYER.proRataAsToTime(INCEPTION, EXPIRY)
                .apply(List.of(new LayerLoss("L1", Money.cny("4000000"), lossDate))).loss("L1");
        assertThat(r.recovery()).isEqualTo(Money.cny("3000000"));
        assertThat(r.reinstatementPremium()).isEqualTo(Money.cny("226027.40"));
    }

    @Test
    void aSecondLossOfNineMillionRecoversFiveMillionButOnlyTwoMillionIsReinstated() {
        LayerStatement s = LAYER.apply(List.of(
                new LayerLoss("L1", Money.cny("4000000"), LocalDate.of(2027, 4, 1)),
                new LayerLoss("L2", Money.cny("9000000"), LocalDate.of(2027, 8, 1))));
        LossRecovery second = s.loss("L2");
        assertThat(second.toLayer()).isEqualTo(Money.cny("5000000"));
        assertThat(second.recovery()).isEqualTo(Money.cny("5000000"));
        assertThat(second.reinstated()).isEqualTo(Money.cny("2000000"));
        assertThat(second.reinstatementPremium()).isEqualTo(Money.cny("200000"));
        assertThat(s.aggregateUsed()).isEqualTo(Money.cny("8000000"));
        assertThat(s.aggregateRemaining()).isEqualTo(Money.cny("2000000"));
        assertThat(s.totalReinstatementPremium()).isEqualTo(Money.cny("500000"));
    }

    @Test
    void recoveriesStopAtTheAggregateLimit() {
        LayerStatement s = LAYER.apply(List.of(
                new LayerLoss("L1", Money.cny("9000000"), LocalDate.of(2027, 2, 1)),
                new LayerLoss("L2", Money.cny("9000000"), LocalDate.of(2027, 3, 1)),
                new LayerLoss("L3", Money.cny("9000000"), LocalDate.of(2027, 4, 1))));
        assertThat(s.losses()).extracting(LossRecovery::recovery)
                .containsExactly(Money.cny("5000000"), Money.cny("5000000"), Money.cny("0"));
        assertThat(s.loss("L2").reinstated()).isEqualTo(Money.cny("0"));
        assertThat(s.totalReinstatementPremium()).isEqualTo(Money.cny("500000"));
        assertThat(s.aggregateRemaining()).isEqualTo(Money.cny("0"));
    }

    @Test
    void appliesEachReinstatementsOwnRateInOrder() {
        XlLayer twoReinstatements = new XlLayer(Money.cny("5000000"), Money.cny("1000000"), Money.cny("500000"),
                List.of(Share.HUNDRED, Share.of("50")), false, null, null, null);
        assertThat(twoReinstatements.effectiveAggregateLimit()).isEqualTo(Money.cny("15000000"));
        LayerStatement s = twoReinstatements.apply(List.of(
                new LayerLoss("L1", Money.cny("4000000"), LocalDate.of(2027, 2, 1)),
                new LayerLoss("L2", Money.cny("6000000"), LocalDate.of(2027, 3, 1))));
        // L1 reinstates 3m at 100% = 300k; L2 reinstates 5m: 2m at 100% (200k) + 3m at 50% (150k).
        assertThat(s.loss("L1").reinstatementPremium()).isEqualTo(Money.cny("300000"));
        assertThat(s.loss("L2").reinstatementPremium()).isEqualTo(Money.cny("350000"));
        assertThat(twoReinstatements.maximumReinstatementPremium()).isEqualTo(Money.cny("750000"));
    }

    @Test
    void aLossBelowTheExcessRecoversNothing() {
        LossRecovery r = LAYER.apply(List.of(new LayerLoss("L1", Money.cny("800000"), LocalDate.of(2027, 2, 1)))).loss("L1");
        assertThat(r.recovery().isZero()).isTrue();
        assertThat(r.reinstatementPremium().isZero()).isTrue();
    }

    @Test
    void rejectsInconsistentTermsNamingEachField() {
        assertThatThrownBy(() -> new XlLayer(Money.cny("0"), Money.cny("-1"), Money.of("1", "USD"), List.of(), true,
                null, null, null)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                .extracting(f -> f.field()).containsExactly("limit", "excess", "premium", "inception"));
        assertThatThrownBy(() -> LAYER.proRataAsToTime(INCEPTION, EXPIRY)
                .apply(List.of(new LayerLoss("late", Money.cny("2000000"), EXPIRY))))
                .hasMessageContaining("loss late on 2028-01-01 is outside the period");
    }
}
