package io.redesk.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.money.Money;
import io.redesk.domain.party.OrgType;
import io.redesk.domain.party.Organisation;
import java.util.List;
import org.junit.jupiter.api.Test;

class InwardPremiumStatisticsTest {

    static final Organisation OVERSEAS_CEDENT = new Organisation("oc", "Overseas Cedent", OrgType.CEDENT, "SG");
    static final Organisation A = new Organisation("a", "Domestic Re A", OrgType.REINSURER, "CN");
    static final Organisation B = new Organisation("b", "Domestic Re B", OrgType.REINSURER, "CN");
    static final Organisation X = new Organisation("x", "Overseas Re X", OrgType.REINSURER, "GB");

    @Test
    void countsInwardPremiumOnceNotAgainOnDomesticRetrocession() {
        InwardPremiumReport r = InwardPremiumStatistics.compute(List.of(
                new PremiumFlow("f1", "risk-1", OVERSEAS_CEDENT, A, Money.cny("10000000"), true),
                new PremiumFlow("f2", "risk-1", A, B, Money.cny("4000000"), true)));
        assertThat(r.inward(Money.CNY)).isEqualTo(Money.cny("10000000"));
        assertThat(r.flows()).extracting(ClassifiedFlow::flowClass).containsExactly(FlowClass.INWARD, FlowClass.DOMESTIC);
    }

    @Test
    void reportsRetrocessionOverseasAsOutwardSeparately() {
        InwardPremiumReport r = InwardPremiumStatistics.compute(List.of(
                new PremiumFlow("f1", "risk-1", OVERSEAS_CEDENT, A, Money.cny("10000000"), true),
                new PremiumFlow("f2", "risk-1", A, X, Money.cny("3000000"), true)));
        assertThat(r.inward(Money.CNY)).isEqualTo(Money.cny("10000000"));
        assertThat(r.outward(Money.CNY)).isEqualTo(Money.cny("3000000"));
    }

    @Test
    void businessReEnteringAfterGoingOverseasIsNotCountedTwice() {
        InwardPremiumReport r = InwardPremiumStatistics.compute(List.of(
                new PremiumFlow("f1", "risk-1", OVERSEAS_CEDENT, A, Money.cny("10000000"), true),
                new PremiumFlow("f2", "risk-1", A, X, Money.cny("3000000"), true),
                new PremiumFlow("f3", "risk-1", X, B, Money.cny("1000000"), true),
                new PremiumFlow("f4", "risk-2", OVERSEAS_CEDENT, B, Money.cny("500000"), false)));
        assertThat(r.inward(Money.CNY)).isEqualTo(Money.cny("10000000"));
        assertThat(r.total(FlowClass.INWARD_ALREADY_COUNTED, Money.CNY)).isEqualTo(Money.cny("1000000"));
        assertThat(r.total(FlowClass.NOT_THROUGH_EXCHANGE, Money.CNY)).isEqualTo(Money.cny("500000"));
    }

    @Test
    void rejectsTheSameFlowTwice() {
        PremiumFlow f = new PremiumFlow("f1", "risk-1", OVERSEAS_CEDENT, A, Money.cny("1"), true);
        assertThatThrownBy(() -> InwardPremiumStatistics.compute(List.of(f, f))).hasMessageContaining("f1 appears more than once");
    }

    @Test
    void suppressesCellsWithFewerThanThreeContributors() {
        assertThat(CellSuppression.mustSuppress(List.of("a", "b", "b"))).isTrue();
        assertThat(CellSuppression.mustSuppress(List.of("a", "b", "c"))).isFalse();
    }
}
