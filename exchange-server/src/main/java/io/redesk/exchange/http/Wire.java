package io.redesk.exchange.http;

import io.redesk.domain.money.Share;
import io.redesk.sdk.model.Money;

/**
 * Converts wire values to the domain's types, turning a domain refusal into a 400 that names the
 * field, and back to their wire text.
 */
public final class Wire {
    private Wire() {
    }

    /** A share above 0 and at most 100%. */
    public static Share lineShare(String text, String field) {
        Share s = share(text, field);
        if (s.isZero() || s.exceeds(Share.HUNDRED)) {
            throw ApiProblem.invalid(field, "must be above 0 and at most 100");
        }
        return s;
    }

    public static Share share(String text, String field) {
        if (text != null && !text.equals(text.strip())) {
            throw ApiProblem.invalid(field, "must be a percentage without spaces or line breaks");
        }
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
        if (m.amount() != null && !m.amount().equals(m.amount().strip())) {
            throw ApiProblem.invalid(field + ".amount", "must be a decimal amount without spaces or line breaks");
        }
        if (m.currency() != null && !m.currency().equals(m.currency().strip())) {
            throw ApiProblem.invalid(field + ".currency", "must be an ISO-4217 code without spaces or line breaks");
        }
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
        if (text != null && (!text.equals(text.strip()) || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
            throw ApiProblem.invalid(field, "must not carry spaces at either end or line breaks");
        }
        return text;
    }
}
