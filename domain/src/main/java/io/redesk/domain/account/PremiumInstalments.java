package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.signing.LargestRemainder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The premium instalments a signed slip's payment terms call for, so the exchange can produce the
 * premium accounts by itself at signing (the data captured at bind drives the accounts). Recognised
 * terms: monthly (12), quarterly (4), half-yearly / semi-annual / "two instalments" (2), "N
 * instalments" (N, 1–12), and annual / "in full" / "single" (1). Anything else is one instalment at
 * inception, flagged as {@code recognised = false} so the broker checks it before issuing.
 * The premium is shared equally in whole minor units by largest remainder, earlier instalments
 * taking the left-over units, so the instalments add up to the premium exactly. Instalment periods are
 * the accounting periods (months, quarters, halves or the year) counted from the inception date.
 */
public final class PremiumInstalments {

    private static final Pattern COUNT = Pattern.compile("\\b([1-9]|1[0-2])\\s+instal(l)?ments?\\b");
    private static final List<String> WORDS = List.of("one", "two", "three", "four");

    private PremiumInstalments() {
    }

    /** One instalment: its number (from 1), accounting period and premium. */
    public record Instalment(int number, String period, Money premium) {
    }

    /** The plan and whether the payment terms were understood. */
    public record Plan(List<Instalment> instalments, boolean recognised) {
        public Plan {
            instalments = List.copyOf(instalments);
        }
    }

    public static Plan plan(Money premium, String paymentTerms, LocalDate inception) {
        Objects.requireNonNull(premium, "premium");
        Objects.requireNonNull(inception, "inception");
        String t = paymentTerms == null ? "" : paymentTerms.toLowerCase(Locale.ROOT);
        int n;
        boolean recognised = true;
        Matcher m = COUNT.matcher(t);
        if (t.contains("monthly")) {
            n = 12;
        } else if (t.contains("quarterly")) {
            n = 4;
        } else if (t.contains("half-year") || t.contains("half year") || t.contains("semi-annual") || t.contains("semiannual")) {
            n = 2;
        } else if (m.find()) {
            n = Integer.parseInt(m.group(1));
        } else if (wordCount(t) > 0) {
            n = wordCount(t);
        } else if (t.contains("annual") || t.contains("in full") || t.contains("single") || t.contains("yearly")) {
            n = 1;
        } else {
            n = 1;
            recognised = false;
        }
        int scale = Money.minorUnits(premium.currency());
        long minor = premium.amount().abs().movePointRight(scale).longValueExact();
        List<Long> parts = LargestRemainder.allocate(minor, Collections.nCopies(n, 1L));
        List<Instalment> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long p = premium.signum() < 0 ? -parts.get(i) : parts.get(i);
            out.add(new Instalment(i + 1, period(inception, n, i), Money.of(BigDecimal.valueOf(p, scale), premium.currency())));
        }
        return new Plan(out, recognised);
    }

    /**
     * The items of one instalment's premium account, as the slip fixes them at signing: the premium, then
     * the ceding commission and the brokerage, each that percentage of the instalment's premium rounded
     * half-up to the minor unit (a zero or absent percentage gives no item). Every item carries the
     * instalment's reference {@code INST-<n>}.
     */
    public static List<TaItem> items(Instalment instalment, Share cedingCommission, Share brokerage) {
        Objects.requireNonNull(instalment, "instalment");
        String ref = "INST-" + instalment.number();
        List<TaItem> out = new ArrayList<>(3);
        out.add(new TaItem(TaItemType.PREMIUM, instalment.premium(), ref));
        if (cedingCommission != null && !cedingCommission.isZero()) {
            out.add(new TaItem(TaItemType.CEDING_COMMISSION, instalment.premium().times(cedingCommission, Money.MARKET_ROUNDING), ref));
        }
        if (brokerage != null && !brokerage.isZero()) {
            out.add(new TaItem(TaItemType.BROKERAGE, instalment.premium().times(brokerage, Money.MARKET_ROUNDING), ref));
        }
        return out;
    }

    private static int wordCount(String t) {
        for (int i = 0; i < WORDS.size(); i++) {
            if (t.contains(WORDS.get(i) + " instalment") || t.contains(WORDS.get(i) + " installment")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The accounting period of instalment {@code i} of {@code n}, counted from the inception month. */
    static String period(LocalDate inception, int n, int i) {
        int monthsEach = 12 / n;
        if (12 % n != 0) {
            monthsEach = 1;
        }
        LocalDate d = inception.withDayOfMonth(1).plusMonths((long) monthsEach * i);
        return switch (n) {
            case 1 -> d.getYear() + "Y";
            case 2 -> d.getYear() + "H" + ((d.getMonthValue() - 1) / 6 + 1);
            case 4 -> d.getYear() + "Q" + ((d.getMonthValue() - 1) / 3 + 1);
            default -> d.getYear() + "M" + String.format("%02d", d.getMonthValue());
        };
    }
}
