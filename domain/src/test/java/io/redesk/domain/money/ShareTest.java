package io.redesk.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ShareTest {

    @Test
    void holdsPercentAtScaleFour() {
        assertThat(Share.of("18.75").percent()).hasToString("18.7500");
        assertThat(Share.HUNDRED.percent()).hasToString("100.0000");
        assertThat(Share.ZERO.percent()).hasToString("0.0000");
        assertThat(Share.of("18.75")).isEqualTo(Share.of("18.7500")).hasToString("18.7500%");
    }

    @Test
    void rejectsNegativeOrOverPreciseShares() {
        assertThatThrownBy(() -> Share.of("-1")).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> Share.of("12.34567")).hasMessageContaining("at most 4 decimals");
        assertThatThrownBy(() -> Share.of("abc")).hasMessageContaining("not a percentage: 'abc'");
    }

    @Test
    void convertsToUnitsAndFractions() {
        assertThat(Share.of("18.75").units()).isEqualTo(187_500L);
        assertThat(Share.ofUnits(857_143L)).isEqualTo(Share.of("85.7143"));
        assertThat(Share.of("20").fraction()).isEqualByComparingTo("0.2");
        assertThat(Share.of("50").applyTo(Share.of("10"), RoundingMode.HALF_UP)).isEqualTo(Share.of("5"));
        assertThat(Share.rounded(new BigDecimal("85.714285"), RoundingMode.HALF_UP)).isEqualTo(Share.of("85.7143"));
    }
}
