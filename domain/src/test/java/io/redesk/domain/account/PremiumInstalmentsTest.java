package io.redesk.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.domain.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PremiumInstalmentsTest {
    static final LocalDate JAN = LocalDate.of(2027, 1, 1);

    @Test
    void quarterlyInArrearsGivesFourQuartersAddingUpToThePremium() {
        PremiumInstalments.Plan p = PremiumInstalments.plan(Money.cny("1000000.01"), "Quarterly in arrears", JAN);
        assertThat(p.recognised()).isTrue();
        assertThat(p.instalments()).extracting(i -> i.period() + " " + i.premium().amount())
                .containsExactly("2027Q1 250000.01", "2027Q2 250000.00", "2027Q3 250000.00", "2027Q4 250000.00");
    }

    @Test
    void twoInstalmentsGiveTwoHalves() {
        assertThat(PremiumInstalments.plan(Money.cny("3000000"), "Two instalments: 1 January and 1 July", JAN).instalments())
                .extracting(PremiumInstalments.Instalment::period).containsExactly("2027H1", "2027H2");
        assertThat(PremiumInstalments.plan(Money.cny("3"), "3 instalments", JAN).instalments())
                .extracting(PremiumInstalments.Instalment::period).containsExactly("2027M01", "2027M05", "2027M09");
    }

    @Test
    void unknownTermsAreOneInstalmentFlaggedForTheBroker() {
        PremiumInstalments.Plan p = PremiumInstalments.plan(Money.cny("10"), "as agreed", LocalDate.of(2027, 4, 1));
        assertThat(p.recognised()).isFalse();
        assertThat(p.instalments()).extracting(i -> i.period() + " " + i.premium().amount()).containsExactly("2027Y 10.00");
        assertThat(PremiumInstalments.plan(Money.cny("10"), "Annual in advance", JAN).recognised()).isTrue();
    }

    @Test
    void aQuarterlyPlanFromAprilRunsIntoTheNextYear() {
        assertThat(PremiumInstalments.plan(Money.cny("4"), "quarterly", LocalDate.of(2027, 4, 15)).instalments())
                .extracting(PremiumInstalments.Instalment::period).containsExactly("2027Q2", "2027Q3", "2027Q4", "2028Q1");
    }
}
