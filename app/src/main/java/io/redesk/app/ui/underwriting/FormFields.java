package io.redesk.app.ui.underwriting;

import java.math.BigDecimal;

/** What the quote and line forms share: matching the exchange's field names, and numbers as typed. */
final class FormFields {

    private FormFields() {
    }

    /** Whether the exchange's {@code field} (e.g. {@code premium.amount}) is the form field {@code name}. */
    static boolean names(String field, String name) {
        return field.equals(name) || field.startsWith(name + ".") || field.startsWith(name + "[");
    }

    /** "30.0000" as the user would type it: "30". */
    static String plain(String number) {
        try {
            return new BigDecimal(number).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }
}
