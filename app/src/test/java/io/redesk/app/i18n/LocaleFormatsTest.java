package io.redesk.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleFormatsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final LocaleFormats us = new LocaleFormats(Locale.US, SHANGHAI);
    private final LocaleFormats china = new LocaleFormats(Locale.SIMPLIFIED_CHINESE, SHANGHAI);
    private final LocaleFormats germany = new LocaleFormats(Locale.GERMANY, SHANGHAI);

    @Test
    void numbersKeepEveryDigitWithLocalGrouping() {
        assertThat(us.number(new BigDecimal("1234567.8900"))).isEqualTo("1,234,567.8900");
        assertThat(germany.number(new BigDecimal("1234567.8900"))).isEqualTo("1.234.567,8900");
        assertThat(us.number(new BigDecimal("0.0001"))).isEqualTo("0.0001");
    }

    @Test
    void moneyShowsTheCurrencyAndItsMinorDigitsWithoutRounding() {
        assertThat(china.money(Money.cny("1250000.00"))).isEqualTo("¥1,250,000.00");
        assertThat(us.money(Money.cny("1250000"))).isEqualTo("CN¥1,250,000.00");
        assertThat(us.money(new BigDecimal("0.125"), Currency.getInstance("USD"))).isEqualTo("$0.125");
        assertThat(us.money(new BigDecimal("-45000.5"), Currency.getInstance("USD"))).isEqualTo("-$45,000.50");
        assertThat(china.money(new BigDecimal("100"), Currency.getInstance("JPY"))).isEqualTo("JP¥100");
    }

    @Test
    void sharesReadAsTheMarketWritesThem() {
        assertThat(us.share(Share.of("18.75"))).isEqualTo("18.7500%");
        assertThat(china.share(new BigDecimal("100"))).isEqualTo("100.0000%");
    }

    @Test
    void datesFollowTheLocale() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        assertThat(us.date(day)).isEqualTo("Nov 27, 2026");
        assertThat(china.date(day)).isEqualTo("2026年11月27日");
        assertThat(china.longDate(day)).isEqualTo("2026年11月27日星期五");
        assertThat(us.longDate(day)).isEqualTo("Friday, November 27, 2026");
    }

    @Test
    void instantsAreShownInTheGivenZone() {
        Instant at = Instant.parse("2026-11-27T07:30:00Z");
        assertThat(china.dateTime(at)).isEqualTo("2026年11月27日 下午3:30");
        assertThat(new LocaleFormats(Locale.UK, ZoneId.of("Europe/London")).dateTime(at)).isEqualTo("27 Nov 2026, 07:30");
    }
}
