package io.redesk.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.domain.account.Ageing.OpenAmount;
import io.redesk.domain.account.Ageing.Row;
import io.redesk.domain.account.Ageing.Side;
import io.redesk.domain.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgeingTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 6, 30);

    @Test
    void bucketEdgesAreInclusiveAtThirtySixtyAndNinetyDays() {
        assertThat(AgeBucket.ofDays(0)).isEqualTo(AgeBucket.DAYS_0_30);
        assertThat(AgeBucket.ofDays(30)).isEqualTo(AgeBucket.DAYS_0_30);
        assertThat(AgeBucket.ofDays(31)).isEqualTo(AgeBucket.DAYS_31_60);
        assertThat(AgeBucket.ofDays(60)).isEqualTo(AgeBucket.DAYS_31_60);
        assertThat(AgeBucket.ofDays(61)).isEqualTo(AgeBucket.DAYS_61_90);
        assertThat(AgeBucket.ofDays(90)).isEqualTo(AgeBucket.DAYS_61_90);
        assertThat(AgeBucket.ofDays(91)).isEqualTo(AgeBucket.OVER_90);
        assertThat(AgeBucket.ofDays(4000)).isEqualTo(AgeBucket.OVER_90);
    }

    @Test
    void daysAreCountedFromTheDueDate() {
        assertThat(AgeBucket.of(LocalDate.of(2027, 5, 31), AS_OF)).isEqualTo(AgeBucket.DAYS_0_30); // 30 days
        assertThat(AgeBucket.of(LocalDate.of(2027, 5, 30), AS_OF)).isEqualTo(AgeBucket.DAYS_31_60); // 31 days
    }

    @Test
    void anAmountNotYetDueIsInItsOwnBucketNeverInTheFirstMonth() {
        assertThat(AgeBucket.of(AS_OF.plusDays(1), AS_OF)).isEqualTo(AgeBucket.NOT_YET_DUE);
        assertThat(AgeBucket.ofDays(-400)).isEqualTo(AgeBucket.NOT_YET_DUE);
        Row row = Ageing.age(List.of(new OpenAmount("A", Money.cny("10.00"), AS_OF.plusDays(1))), AS_OF).get(0);
        assertThat(row.bucket(AgeBucket.NOT_YET_DUE)).isEqualTo(Money.cny("10.00"));
        assertThat(row.bucket(AgeBucket.DAYS_0_30)).isEqualTo(Money.cny("0.00"));
        assertThat(row.total()).isEqualTo(Money.cny("10.00"));
    }

    @Test
    void receivablesAndPayablesAreAgedApartPerCounterpartyAndCurrency() {
        List<Row> rows = Ageing.age(List.of(
                new OpenAmount("B", Money.cny("100.00"), AS_OF.minusDays(10)),
                new OpenAmount("B", Money.cny("50.00"), AS_OF.minusDays(45)),
                new OpenAmount("B", Money.cny("-30.00"), AS_OF.minusDays(100)),
                new OpenAmount("B", Money.of("7.00", "USD"), AS_OF.minusDays(70)),
                new OpenAmount("A", Money.cny("1.00"), AS_OF),
                new OpenAmount("A", Money.cny("0.00"), AS_OF)), AS_OF);

        assertThat(rows).extracting(r -> r.counterpartyId() + " " + r.currency() + " " + r.side())
                .containsExactly("A CNY RECEIVABLE", "B CNY RECEIVABLE", "B CNY PAYABLE", "B USD RECEIVABLE");
        Row bCny = rows.get(1);
        assertThat(bCny.bucket(AgeBucket.DAYS_0_30)).isEqualTo(Money.cny("100.00"));
        assertThat(bCny.bucket(AgeBucket.DAYS_31_60)).isEqualTo(Money.cny("50.00"));
        assertThat(bCny.bucket(AgeBucket.DAYS_61_90)).isEqualTo(Money.cny("0.00"));
        assertThat(bCny.total()).isEqualTo(Money.cny("150.00"));
        assertThat(rows.get(2).side()).isEqualTo(Side.PAYABLE);
        assertThat(rows.get(2).bucket(AgeBucket.OVER_90)).isEqualTo(Money.cny("30.00"));
        assertThat(rows.get(3).bucket(AgeBucket.DAYS_61_90)).isEqualTo(Money.of("7.00", "USD"));
    }
}
