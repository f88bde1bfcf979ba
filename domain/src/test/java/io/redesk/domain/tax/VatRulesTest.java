package io.redesk.domain.tax;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.domain.money.Money;
import io.redesk.domain.party.OrgType;
import io.redesk.domain.party.Organisation;
import org.junit.jupiter.api.Test;

class VatRulesTest {

    static final Organisation DOMESTIC_CEDENT = new Organisation("dc", "Domestic Cedent", OrgType.CEDENT, "CN");
    static final Organisation OVERSEAS_CEDENT = new Organisation("oc", "Overseas Cedent", OrgType.CEDENT, "HK");
    static final Organisation DOMESTIC_RE = new Organisation("dr", "Domestic Re", OrgType.REINSURER, "CN");
    static final Organisation OVERSEAS_RE = new Organisation("or", "Overseas Re", OrgType.REINSURER, "CH");

    @Test
    void aDomesticCedentPayingAnOverseasReinsurerWithholdsAmountOver106Times6Percent() {
        VatTreatment t = VatRules.assess(OVERSEAS_RE, DOMESTIC_CEDENT, Money.cny("1060000"), false);
        assertThat(t).isEqualTo(new VatTreatment.Withheld(Money.cny("1060000"), Money.cny("60000"), Money.cny("1000000")));

        VatTreatment.Withheld w = (VatTreatment.Withheld) VatRules.assess(OVERSEAS_RE, DOMESTIC_CEDENT, Money.cny("1000000"), false);
        // 1,000,000 ÷ 1.06 × 0.06 = 56,603.7735… → 56,603.77
        assertThat(w.withheld()).isEqualTo(Money.cny("56603.77"));
        assertThat(w.netPaid()).isEqualTo(Money.cny("943396.23"));
    }

    @Test
    void reinsuranceForAnOverseasCedentConsumedWhollyAbroadIsExempt() {
        VatTreatment t = VatRules.assess(DOMESTIC_RE, OVERSEAS_CEDENT, Money.cny("500000"), true);
        assertThat(t).isInstanceOfSatisfying(VatTreatment.Exempt.class,
                e -> assertThat(e.legalBasis()).isEqualTo("财税〔2016〕68号"));
    }

    @Test
    void anOverseasCedentWhoseRiskIsNotWhollyAbroadIsTaxedByTheDomesticReinsurer() {
        VatTreatment t = VatRules.assess(DOMESTIC_RE, OVERSEAS_CEDENT, Money.cny("1060000"), false);
        assertThat(t).isEqualTo(new VatTreatment.ChargedByProvider(Money.cny("1060000"), Money.cny("60000")));
    }

    @Test
    void overseasToOverseasIsOutOfScope() {
        assertThat(VatRules.assess(OVERSEAS_RE, OVERSEAS_CEDENT, Money.cny("1"), true)).isInstanceOf(VatTreatment.OutOfScope.class);
    }
}
