package io.redesk.domain.account;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accounting period codes of technical accounts and statements: a year ({@code 2027Y}), a half
 * ({@code 2027H1}), a quarter ({@code 2027Q3}) or a month ({@code 2027M04}), as {@link PremiumInstalments}
 * writes them. The one definition the exchange's statement filter and the desk's due dates use.
 */
public final class AccountingPeriod {

    /** A period code, exactly (no surrounding whitespace). */
    public static final Pattern PATTERN = Pattern.compile("([0-9]{4})(?:Q([1-4])|H([12])|M(0[1-9]|1[0-2])|(Y))");

    private AccountingPeriod() {
    }

    /** Whether {@code code} is a period code, exactly. */
    public static boolean isValid(String code) {
        return code != null && PATTERN.matcher(code).matches();
    }

    /** The last day of the period ({@code 2027Q1} → 2027-03-31), or empty when {@code code} is not one. */
    public static Optional<LocalDate> end(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = PATTERN.matcher(code);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) != null ? Integer.parseInt(m.group(2)) * 3
                : m.group(3) != null ? Integer.parseInt(m.group(3)) * 6
                : m.group(4) != null ? Integer.parseInt(m.group(4)) : 12;
        return Optional.of(YearMonth.of(year, month).atEndOfMonth());
    }
}
