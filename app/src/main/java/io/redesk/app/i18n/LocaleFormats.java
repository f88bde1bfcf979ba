package io.redesk.app.i18n;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * Formats numbers, money, shares and dates for one locale and time zone.
 *
 * <p>Amounts are {@link BigDecimal} and are never rounded here: a figure shows at least its
 * currency's minor digits and all the digits it has, so 1,234.5 CNY reads "¥1,234.50" and an exact
 * 0.125 is not turned into 0.13. Formatting never goes through {@code double}.
 */
public final class LocaleFormats {

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter dateTime;

    /** Formats for {@code locale}, showing instants in {@code zone}. */
    public LocaleFormats(Locale locale, ZoneId zone) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
    }

    /** Formats for a language, in the OS locale when it speaks that language, in the OS time zone. */
    public static LocaleFormats forLanguage(Language language) {
        return new LocaleFormats(language.formatLocale(Locale.getDefault()), ZoneId.systemDefault());
    }

    /** The locale used. */
    public Locale locale() {
        return locale;
    }

    /** A decimal number with grouping, keeping every digit of {@code value}. */
    public String number(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        int scale = Math.max(0, value.scale());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(value);
    }

    /** An amount of {@code currency}, with at least the currency's minor digits and never rounded. */
    public String money(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        DecimalFormat format = (DecimalFormat) NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int minor = Math.max(0, currency.getDefaultFractionDigits());
        int digits = Math.max(minor, amount.stripTrailingZeros().scale());
        format.setMinimumFractionDigits(minor);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(amount);
    }

    /** A money amount of the domain, in its currency. */
    public String money(Money money) {
        Objects.requireNonNull(money, "money");
        return money(money.amount(), money.currency());
    }

    /** A domain share, in percent at scale 4. */
    public String share(Share share) {
        Objects.requireNonNull(share, "share");
        return share(share.percent());
    }

    /** A share in percent as the market writes it, at scale 4: {@code 18.7500%}. */
    public String share(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        return number(percent.setScale(Math.max(4, percent.scale()), RoundingMode.UNNECESSARY)) + "%";
    }

    /** A calendar date, medium length ("Nov 27, 2026" / "2026年11月27日"). */
    public String date(LocalDate value) {
        return date.format(Objects.requireNonNull(value, "value"));
    }

    /** A calendar date in full, with the weekday, for headings. */
    public String longDate(LocalDate value) {
        return longDate.format(Objects.requireNonNull(value, "value"));
    }

    /** A moment as local date and time in this formatter's zone. */
    public String dateTime(Instant value) {
        return dateTime.format(Objects.requireNonNull(value, "value"));
    }

    /** Today's date in this formatter's zone. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }
}
