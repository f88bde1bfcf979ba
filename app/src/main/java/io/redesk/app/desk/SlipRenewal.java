package io.redesk.app.desk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renewing a contract: next year's slip starts as last year's, with the period moved on by a year
 * and a new market reference. The UMR's year (a four-digit 20xx run) is moved on too; a UMR without
 * a year is cleared so the broker must type a new one (two contracts never share a UMR).
 */
public final class SlipRenewal {

    private static final Pattern YEAR = Pattern.compile("20\\d\\d");

    private SlipRenewal() {
    }

    /** The renewal of {@code expiring}. */
    public static SlipForm renew(SlipForm expiring) {
        SlipForm next = expiring
                .with(SlipField.INCEPTION, plusYear(expiring.get(SlipField.INCEPTION)))
                .with(SlipField.EXPIRY, plusYear(expiring.get(SlipField.EXPIRY)));
        return next.with(SlipField.UMR, nextUmr(expiring.get(SlipField.UMR)));
    }

    static String nextUmr(String umr) {
        Matcher m = YEAR.matcher(umr);
        String found = null;
        int at = -1;
        while (m.find()) {
            found = m.group();
            at = m.start();
        }
        if (found == null) {
            return "";
        }
        return umr.substring(0, at) + (Integer.parseInt(found) + 1) + umr.substring(at + 4);
    }

    private static String plusYear(String date) {
        try {
            return date.isBlank() ? date : LocalDate.parse(date.trim()).plusYears(1).toString();
        } catch (DateTimeParseException e) {
            return date;
        }
    }
}
