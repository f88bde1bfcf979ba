package io.redesk.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void holdsAmountsAtTheCurrencysMinorUnits() {
        assertThat(Money.cny("1234.5").amount()).isEqualByComparingTo("1234.50").hasToString("1234.50");
        assertThat(Money.of("100", "JPY").amount().scale()).isZero();
        assertThat(Money.of("1.5", "KWD").amount()).hasToString("1.500");
        assertThat(Money.cny("1").currency()).isEqualTo(Currency.getInstance("CNY"));
    }

    @Test
    void rejectsMoreDecimalsThanTheCurrencyAllows() {
        assertThatThrownBy(() -> Money.cny("1.005")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CNY").hasMessageContaining("round it explicitly");
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).hasMessageContaining("JPY");
        assertThat(Money.cny("1.5000")).isEqualTo(Money.cny("1.50"));
    }

    @Test
    void rejectsUnknownCurrencyAndBadAmountsWithClearMessages() {
        assertThatThrownBy(() -> Money.of("1", "XYZ")).hasMessageContaining("unknown ISO-4217 currency code: 'XYZ'");
        assertThatThrownBy(() -> Money.cny("12,00")).hasMessageContaining("not a decimal amount: '12,00'");
        assertThatThrownBy(() -> Money.of("1", "XAU")).hasMessageContaining("no minor unit");
    }

    @Test
    void addsAndSubtractsInOneCurrencyOnly() {
        assertThat(Money.cny("1000000").minus(Money.cny("300000")).plus(Money.cny("0.01")))
                .isEqualTo(Money.cny("700000.01"));
        assertThatThrownBy(() -> Money.cny("1").plus(Money.of("1", "USD")))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage("cannot combine CNY with USD");
    }

    @Test
    void multipliesAndDividesWithExplicitRounding() {
        assertThat(Money.cny("10.00").multiply(new BigDecimal("0.125"), RoundingMode.HALF_UP)).isEqualTo(Money.cny("1.25"));
        assertThat(Money.cny("0.05").multiply(new BigDecimal("0.5"), RoundingMode.HALF_UP)).isEqualTo(Money.cny("0.03"));
        assertThat(Money.cny("0.05").multiply(new BigDecimal("0.5"), RoundingMode.HALF_EVEN)).isEqualTo(Money.cny("0.02"));
        assertThat(Money.cny("100").divide(new BigDecimal("3"), RoundingMode.HALF_UP)).isEqualTo(Money.cny("33.33"));
        assertThat(Money.cny("225000").times(Share.of("20"), RoundingMode.HALF_UP)).isEqualTo(Money.cny("45000"));
        assertThatThrownBy(() -> Money.cny("1").divide(BigDecimal.ZERO, RoundingMode.HALF_UP)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparesWithinOneCurrency() {
        assertThat(Money.cny("2").min(Money.cny("3"))).isEqualTo(Money.cny("2"));
        assertThat(Money.cny("-2").isNegative()).isTrue();
        assertThat(Money.cny("0").isZero()).isTrue();
        assertThat(Money.cny("225000")).hasToString("CNY 225000.00");
    }
}
