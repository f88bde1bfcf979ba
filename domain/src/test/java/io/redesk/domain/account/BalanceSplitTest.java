package io.redesk.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.signing.PoolMember;
import java.util.List;
import org.junit.jupiter.api.Test;

class BalanceSplitTest {

    @Test
    void designFigureTwoSplitsTwoHundredTwentyFiveThousandWithFortyFiveThousandForTheTwentyPercentLine() {
        Money balance = new TechnicalAccount("UMR B0999TTY2027", "2027Q1", Money.CNY, TechnicalAccountTest.DESIGN_ITEMS, null)
                .balance().computed();
        assertThat(balance).isEqualTo(Money.cny("225000"));
        List<Money> parts = BalanceSplit.split(balance, List.of(Share.of("40"), Share.of("20"), Share.of("22.5"), Share.of("17.5")));
        assertThat(parts).containsExactly(Money.cny("90000"), Money.cny("45000"), Money.cny("50625"), Money.cny("39375"));
    }

    @Test
    void thirdsOfOneCentGoByLargestRemainderTiesToTheEarliestLine() {
        // 100.00 over 33.3333 / 33.3333 / 33.3334: exact 33.33333, 33.33333, 33.33334 -> one cent left, to the
        // largest remainder (the third line's .334 beats .333)
        assertThat(BalanceSplit.split(Money.cny("100"), List.of(Share.of("33.3333"), Share.of("33.3333"), Share.of("33.3334"))))
                .containsExactly(Money.cny("33.33"), Money.cny("33.33"), Money.cny("33.34"));
        // 0.03 over four equal quarters: three cents left after the floors, equal remainders, so the earliest lines get them
        assertThat(BalanceSplit.split(Money.cny("0.03"), List.of(Share.of("25"), Share.of("25"), Share.of("25"), Share.of("25"))))
                .containsExactly(Money.cny("0.01"), Money.cny("0.01"), Money.cny("0.01"), Money.cny("0.00"));
    }

    @Test
    void aBalanceDueToTheCedentSplitsWithItsSign() {
        assertThat(BalanceSplit.split(Money.cny("-0.03"), List.of(Share.of("50"), Share.of("50"))))
                .containsExactly(Money.cny("-0.02"), Money.cny("-0.01"));
    }

    @Test
    void theAviationPoolsFortyFiveThousandSplitsFiftyThirtyTwenty() {
        assertThat(BalanceSplit.splitPool(Money.cny("45000.01"), List.of(new PoolMember("chinare", Share.of("50")),
                new PoolMember("pudong", Share.of("30")), new PoolMember("jinqiao", Share.of("20")))))
                .containsExactly(Money.cny("22500.01"), Money.cny("13500.00"), Money.cny("9000.00"));
    }

    @Test
    void aYenBalanceSplitsInWholeYen() {
        assertThat(BalanceSplit.split(Money.of("1000", "JPY"), List.of(Share.of("33.3333"), Share.of("66.6667"))))
                .containsExactly(Money.of("333", "JPY"), Money.of("667", "JPY"));
    }

    @Test
    void refusesAnEmptyListOfLines() {
        assertThatThrownBy(() -> BalanceSplit.split(Money.cny("1"), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
