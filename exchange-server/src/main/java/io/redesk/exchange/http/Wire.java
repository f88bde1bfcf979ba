package io.redesk.exchange.http;

import io.redesk.domain.money.Share;
import io.redesk.domain.validation.ExactText;
import io.redesk.sdk.model.Money;

/**
 * Converts wire values to the domain's types, turning a domain refusal into a 400 that names the
 * field, and back to their wire text.
 */
public final class Wire {
    private Wire() {
    }

    /** A share above 0 and at most 100% (a line, an order, a ceded share, a capacity): domain's rule. */
    public static Share lineShare(String text, String field) {
        return percentage(text, field, false);
    }

    /** A percentage of a whole from 0 to 100% (a brokerage, a commission): domain's rule. */
    public static Share percentage(String text, String field) {
        return percentage(text, field, true);
    }

    private static Share percentage(String text, String field, boolean zeroAllowed) {
        Share s = share(text, field);
        s.refusalAsPercentage(zeroAllowed).ifPresent(why -> {
            throw ApiProblem.invalid(field, why);
        });
        return s;
    }

    public static Share share(String text, String field) {
        exact(text, field);
        try {
            return Share.of(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(field, e.getMessage());
        }
    }

    /**
     * The wire amount as {@code domain} money. Exact: an amount or currency with white space around it
     * (a trailing newline, a space) is refused, never trimmed.
     */
    public static io.redesk.domain.money.Money money(Money m, String field) {
        exact(m.amount(), field + ".amount");
        exact(m.currency(), field + ".currency");
        try {
            return io.redesk.domain.money.Money.of(m.amount(), m.currency());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(field + (e.getMessage().contains("currency") ? ".currency" : ".amount"), e.getMessage());
        }
    }

    public static String text(Share s) {
        return s.percent().toPlainString();
    }

    public static Money money(io.redesk.domain.money.Money m) {
        return new Money(m.amount().toPlainString(), m.currency().getCurrencyCode());
    }

    /**
     * A code or reference field (period, UCR, bank reference, invoice number) exactly as sent: refused
     * with the field named when it carries white space at either end or a line break, which a JSON
     * schema pattern's {@code $} would let through before a final newline.
     */
    public static String code(String text, String field) {
        exact(text, field);
        return text;
    }

    /** {@code domain}'s {@link ExactText} rule as a 400 naming the field. */
    private static void exact(String text, String field) {
        ExactText.refusal(text).ifPresent(why -> {
            throw ApiProblem.invalid(field, why);
        });
    }
}
