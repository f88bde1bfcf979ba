package io.redesk.recon.imports;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount as people and banks write it: thousands separators ({@code 1,234.56}, Chinese
 * {@code 1，234.56}), full-width digits and signs ({@code －１２３４．５６}), a leading or trailing minus, a
 * parenthesised negative {@code (1,234.56)}, and where the mapping says so a {@code CR}/{@code DR} mark. Every
 * other shape is refused with the reason: a misplaced separator, two signs, letters. The result is exact (no
 * rounding); the currency's scale is checked by {@link io.redesk.recon.model.MinorUnits}.
 */
public final class Amounts {

    private static final Pattern SUFFIX = Pattern.compile("(?i)^(.*?)\\s*(CR|DR)$");

    private Amounts() {
    }

    /** Full-width forms to ASCII (NFKC), and the typographic minus signs people paste from documents. */
    static String fold(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return s.replace('\u2212', '-').replace('\u2012', '-').replace('\u2013', '-').replace('\u00A0', ' ')
                .replace('\u202F', ' ');
    }

    /**
     * Parses a signed amount.
     *
     * @param raw          the cell's text
     * @param style        decimal and thousands separators
     * @param creditDebitMark when true the amount must end in {@code CR} (positive) or {@code DR} (negative)
     *                     and carry no sign of its own
     * @throws InvalidValueException with the reason, for an empty or malformed amount
     */
    public static BigDecimal parse(String raw, DecimalStyle style, boolean creditDebitMark) throws InvalidValueException {
        String s = fold(raw).strip();
        if (s.isEmpty()) {
            throw new InvalidValueException("the amount is empty");
        }
        int markSign = 0;
        if (creditDebitMark) {
            Matcher m = SUFFIX.matcher(s);
            if (!m.matches()) {
                throw new InvalidValueException("amount '" + raw + "' has no CR/DR mark, which the mapping requires");
            }
            markSign = m.group(2).toUpperCase(Locale.ROOT).equals("CR") ? 1 : -1;
            s = m.group(1);
        }
        boolean negative = false;
        int signs = 0;
        if (s.startsWith("(") && s.endsWith(")") && s.length() > 2) {
            negative = true;
            signs++;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.startsWith("-") || s.startsWith("+")) {
            negative |= s.charAt(0) == '-';
            signs++;
            s = s.substring(1).strip();
        }
        if (s.endsWith("-")) {
            negative = true;
            signs++;
            s = s.substring(0, s.length() - 1).strip();
        }
        if (signs > 1) {
            throw new InvalidValueException("amount '" + raw + "' has more than one sign");
        }
        if (markSign != 0 && signs > 0) {
            throw new InvalidValueException("amount '" + raw + "' has both a sign and a CR/DR mark");
        }
        BigDecimal magnitude = unsigned(s, raw, style);
        if (markSign < 0 || negative) {
            return magnitude.negate();
        }
        return magnitude;
    }

    private static BigDecimal unsigned(String s, String raw, DecimalStyle style) throws InvalidValueException {
        if (s.isEmpty()) {
            throw new InvalidValueException("amount '" + raw + "' has no digits");
        }
        char dec = style.decimal();
        char grp = style.grouping();
        int decimalAt = s.indexOf(dec);
        if (decimalAt >= 0 && s.indexOf(dec, decimalAt + 1) >= 0) {
            throw new InvalidValueException("amount '" + raw + "' has more than one decimal separator '" + dec + "'"
                    + (style == DecimalStyle.POINT ? " (if it is written 1.234,56, set the mapping's decimal style to COMMA)" : ""));
        }
        String whole = decimalAt >= 0 ? s.substring(0, decimalAt) : s;
        String fraction = decimalAt >= 0 ? s.substring(decimalAt + 1) : "";
        if (decimalAt >= 0 && fraction.isEmpty()) {
            throw new InvalidValueException("amount '" + raw + "' ends in a decimal separator");
        }
        if (!fraction.chars().allMatch(Amounts::isDigit)) {
            throw new InvalidValueException("amount '" + raw + "' has a character other than a digit after the decimal separator"
                    + (fraction.indexOf(grp) >= 0 ? " (is the mapping's decimal style right?)" : ""));
        }
        String digits;
        if (whole.indexOf(grp) >= 0) {
            String[] groups = whole.split(Pattern.quote(String.valueOf(grp)), -1);
            boolean wellFormed = groups[0].length() >= 1 && groups[0].length() <= 3;
            for (int i = 1; i < groups.length; i++) {
                wellFormed &= groups[i].length() == 3;
            }
            if (!wellFormed) {
                throw new InvalidValueException("amount '" + raw + "' has misplaced thousands separators '" + grp + "'"
                        + (style == DecimalStyle.POINT ? " (if '" + grp + "' is its decimal separator, set the mapping's decimal style to COMMA)" : ""));
            }
            digits = String.join("", groups);
        } else {
            digits = whole;
        }
        if (digits.isEmpty() && fraction.isEmpty()) {
            throw new InvalidValueException("amount '" + raw + "' has no digits");
        }
        if (!digits.chars().allMatch(Amounts::isDigit)) {
            throw new InvalidValueException("amount '" + raw + "' is not a number");
        }
        return new BigDecimal((digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction));
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
