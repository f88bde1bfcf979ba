package io.redesk.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.domain.account.MonthlyCash.Month;
import io.redesk.domain.account.MonthlyCash.Payment;
import io.redesk.domain.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyCashTest {

    @Test
    void inAndOutAreSummedApartPerMonthWithEmptyMonthsFilledIn() {
        List<Month> months = MonthlyCash.byMonth(List.of(
                new Payment(LocalDate.of(2027, 1, 5), Money.cny("100.00")),
                new Payment(LocalDate.of(2027, 1, 20), Money.cny("-40.00")),
                new Payment(LocalDate.of(2027, 3, 1), Money.cny("10.00")),
                new Payment(LocalDate.of(2027, 2, 1), Money.of("5.00", "USD"))));

        assertThat(months).extracting(m -> m.currency() + " " + m.month() + " " + m.in().amount() + " " + m.out().amount())
                .containsExactly("CNY 2027-01 100.00 40.00", "CNY 2027-02 0.00 0.00", "CNY 2027-03 10.00 0.00",
                        "USD 2027-02 5.00 0.00");
        assertThat(months.get(0).net()).isEqualTo(Money.cny("60.00"));
        assertThat(months.get(1).month()).isEqualTo(YearMonth.of(2027, 2));
    }
}
