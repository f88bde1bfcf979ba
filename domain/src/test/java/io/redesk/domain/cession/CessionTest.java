package io.redesk.domain.cession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import org.junit.jupiter.api.Test;

class CessionTest {

    @Test
    void quotaShareFortyPercentOfAMillionCedesFourHundredThousand() {
        Cession c = new QuotaShare(Share.of("40")).cede(Money.cny("1000000"));
        assertThat(c.ceded()).isEqualTo(Money.cny("400000"));
        assertThat(c.retained()).isEqualTo(Money.cny("600000"));
    }

    @Test
    void surplusWithRetentionOneMillionAndNineLinesCedesSixSeventhsOfASevenMillionRisk() {
        Surplus s = new Surplus(Money.cny("1000000"), 9);
        assertThat(s.capacity()).isEqualTo(Money.cny("9000000"));
        assertThat(s.cededShare(Money.cny("7000000")).percent()).hasToString("85.7143");
        Cession premium = s.cede(Money.cny("7000000"), Money.cny("70000"));
        assertThat(premium.ceded()).isEqualTo(Money.cny("60000.01"));
        assertThat(premium.ceded().plus(premium.retained())).isEqualTo(Money.cny("70000"));
        Cession loss = s.cede(Money.cny("7000000"), Money.cny("1400000"));
        assertThat(loss.ceded()).isEqualTo(Money.cny("1200000.20"));
    }

    @Test
    void surplusCedesNothingWithinTheRetentionAndCapsAtCapacity() {
        Surplus s = new Surplus(Money.cny("1000000"), 9);
        assertThat(s.cededShare(Money.cny("800000"))).isEqualTo(Share.ZERO);
        assertThat(s.cededShare(Money.cny("20000000"))).isEqualTo(Share.of("45")); // 9m of 20m
    }

    @Test
    void rejectsImpossibleTreatyTerms() {
        assertThatThrownBy(() -> new QuotaShare(Share.of("120"))).hasMessageContaining("at most 100%");
        assertThatThrownBy(() -> new Surplus(Money.cny("1000000"), 0)).hasMessageContaining("at least one line");
        assertThatThrownBy(() -> new Surplus(Money.cny("1000000"), 9).cededShare(Money.of("7000000", "USD")))
                .hasMessageContaining("not in the retention's currency");
    }
}
