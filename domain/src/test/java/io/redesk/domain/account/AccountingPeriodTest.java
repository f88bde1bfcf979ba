package io.redesk.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AccountingPeriodTest {

    @Test
    void eachKindOfPeriodEndsOnItsLastDay() {
        assertThat(AccountingPeriod.end("2027Q1")).contains(LocalDate.of(2027, 3, 31));
        assertThat(AccountingPeriod.end("2028H1")).contains(LocalDate.of(2028, 6, 30));
        assertThat(AccountingPeriod.end("2028M02")).contains(LocalDate.of(2028, 2, 29));
        assertThat(AccountingPeriod.end("2027Y")).contains(LocalDate.of(2027, 12, 31));
    }

    @Test
    void anythingElseIsNoPeriod() {
        for (String bad : new String[] {"2027Q5", "2027H3", "2027M13", "2027M4", "2027", "27Q1", " 2027Q1", "2027Q1\n",
                "2027q1", "", "２０２７Q1"}) {
            assertThat(AccountingPeriod.isValid(bad)).as(bad).isFalse();
            assertThat(AccountingPeriod.end(bad)).as(bad).isEmpty();
        }
        assertThat(AccountingPeriod.end(null)).isEmpty();
    }

    /** Every period an instalment is booked to is a valid code that ends on or after the instalment's month. */
    @Property
    void instalmentPeriodsAreValidAndContainTheirMonth(@ForAll @IntRange(min = 2000, max = 2100) int year,
                                                       @ForAll @IntRange(min = 1, max = 12) int month,
                                                       @ForAll("counts") int n, @ForAll @IntRange(min = 0, max = 11) int i) {
        LocalDate inception = LocalDate.of(year, month, 1);
        String period = PremiumInstalments.period(inception, n, i % n);
        assertThat(AccountingPeriod.isValid(period)).as(period).isTrue();
        int monthsEach = 12 % n == 0 ? 12 / n : 1;
        LocalDate booked = inception.plusMonths((long) monthsEach * (i % n));
        assertThat(AccountingPeriod.end(period).orElseThrow()).isAfterOrEqualTo(booked);
    }

    @Provide
    Arbitrary<Integer> counts() {
        return Arbitraries.of(1, 2, 3, 4, 6, 12);
    }
}
