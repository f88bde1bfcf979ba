package io.redesk.recon.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date cell. With the mapping's pattern (e.g. {@code dd/MM/yyyy}) the text must match it exactly
 * (strict: no 31 April). Without one only year-first forms are taken, because they cannot be misread:
 * {@code 2026-12-01}, {@code 2026/12/01}, {@code 2026.12.01}, {@code 20261201}, {@code 2026年12月1日}, each
 * optionally followed by a time of day, which is dropped. {@code 03/04/2026} is refused as ambiguous instead of
 * guessing day or month first.
 */
public final class Dates {

    private static final Pattern YEAR_FIRST =
            Pattern.compile("^(\\d{4})(?:([-/.])(\\d{1,2})\\2(\\d{1,2})|(\\d{2})(\\d{2})|年(\\d{1,2})月(\\d{1,2})日)"
                    + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)?$");
    private static final Pattern DAY_OR_MONTH_FIRST = Pattern.compile("^\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}.*$");

    private Dates() {
    }

    /** A strict formatter for a mapping's pattern; {@code yyyy} is read as the proleptic year. */
    static DateTimeFormatter formatter(String pattern) {
        try {
            return DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("date pattern '" + pattern + "' is not valid: " + e.getMessage(), e);
        }
    }

    /**
     * @param raw       the cell's text
     * @param formatter the mapping's pattern, or null for the unambiguous forms only
     */
    public static LocalDate parse(String raw, DateTimeFormatter formatter) throws InvalidValueException {
        String s = Amounts.fold(raw).strip();
        if (s.isEmpty()) {
            throw new InvalidValueException("the date is empty");
        }
        if (formatter != null) {
            try {
                return LocalDate.parse(s, formatter);
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("date '" + raw + "' does not match the mapping's pattern or is not a real date");
            }
        }
        Matcher m = YEAR_FIRST.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            List<String> md = m.group(3) != null ? List.of(m.group(3), m.group(4))
                    : m.group(5) != null ? List.of(m.group(5), m.group(6)) : List.of(m.group(7), m.group(8));
            try {
                return LocalDate.of(year, Integer.parseInt(md.get(0)), Integer.parseInt(md.get(1)));
            } catch (DateTimeException e) {
                throw new InvalidValueException("date '" + raw + "' is not a real date");
            }
        }
        if (DAY_OR_MONTH_FIRST.matcher(s).matches()) {
            throw new InvalidValueException("date '" + raw + "' is ambiguous (day or month first?): set the mapping's date pattern, e.g. dd/MM/yyyy");
        }
        throw new InvalidValueException("date '" + raw + "' is not a date (without a pattern in the mapping only year-first dates such as 2026-12-01 are read)");
    }
}
