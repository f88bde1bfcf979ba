package io.redesk.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.domain.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementsTest {

    @Test
    void aggregatesPerCounterpartyCurrencyAndPeriodCnyFirst() {
        List<StatementOfAccount> s = Statements.aggregate(List.of(
                new StatementEntry("chinare", "2027Q1", Money.of("100.00", "USD"), "TA-1"),
                new StatementEntry("chinare", "2027Q1", Money.cny("45000"), "TA-2"),
                new StatementEntry("chinare", "2027Q1", Money.cny("-5000.50"), "TA-3"),
                new StatementEntry("chinare", "2027Q2", Money.cny("10"), "TA-4"),
                new StatementEntry("pudong", "2027Q1", Money.cny("1"), "TA-5")));
        assertThat(s).extracting(x -> x.counterpartyId() + " " + x.currency() + " " + x.period() + " " + x.total().amount())
                .containsExactly("chinare CNY 2027Q1 39999.50", "chinare CNY 2027Q2 10.00", "chinare USD 2027Q1 100.00",
                        "pudong CNY 2027Q1 1.00");
        assertThat(s.get(0).entries()).extracting(StatementEntry::accountReference).containsExactly("TA-2", "TA-3");
    }

    @Test
    void aStatementNetsIntoOnePositionPerCounterpartyAndCurrency() {
        List<StatementOfAccount> s = Statements.aggregate(List.of(
                new StatementEntry("chinare", "2027Q1", Money.cny("45000"), "TA-2"),
                new StatementEntry("chinare", "2027Q1", Money.cny("-5000.50"), "TA-3")));
        List<NetPosition> net = Netting.net(s.get(0).settlementItems());
        assertThat(net).hasSize(1);
        assertThat(net.get(0).net()).isEqualTo(Money.cny("39999.50"));
        assertThat(net.get(0).references()).containsExactly("TA-2", "TA-3");
    }
}
