package io.redesk.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.money.FxRate;
import io.redesk.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class NettingTest {

    @Test
    void netsPerCounterpartyAndCurrencyNeverAcrossCurrencies() {
        List<NetPosition> p = Netting.net(List.of(
                new SettlementItem("re-b", Money.of("100", "USD"), "TA-3"),
                new SettlementItem("re-a", Money.cny("45000"), "TA-1"),
                new SettlementItem("re-a", Money.cny("-60000"), "CL-7"),
                new SettlementItem("re-a", Money.of("10", "USD"), "TA-2"),
                new SettlementItem("re-b", Money.of("-100", "USD"), "CL-9")));
        assertThat(p).extracting(NetPosition::counterpartyId, NetPosition::net).containsExactly(
                org.assertj.core.groups.Tuple.tuple("re-a", Money.cny("-15000")),
                org.assertj.core.groups.Tuple.tuple("re-a", Money.of("10", "USD")),
                org.assertj.core.groups.Tuple.tuple("re-b", Money.of("0", "USD")));
        assertThat(p.get(0).isPayable()).isTrue();
        assertThat(p.get(0).references()).containsExactly("TA-1", "CL-7");
    }

    @Test
    void convertsOnlyThroughAnExplicitRateWithSourceAndDate() {
        FxRate usdCny = new FxRate(Currency.getInstance("USD"), Money.CNY, new BigDecimal("7.1234"), "CFETS central parity",
                LocalDate.of(2027, 1, 4));
        assertThat(usdCny.convert(Money.of("1000.55", "USD"), RoundingMode.HALF_UP)).isEqualTo(Money.cny("7127.32"));
        assertThatThrownBy(() -> usdCny.convert(Money.cny("1"), RoundingMode.HALF_UP)).hasMessage("cannot combine CNY with USD");
        assertThatThrownBy(() -> new FxRate(Money.CNY, Money.CNY, BigDecimal.ONE, "x", LocalDate.EPOCH))
                .hasMessageContaining("two different currencies");
    }
}
