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
        try {
            return Share.of(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(field, e.getMessage());
        }
    }

    public static io.redesk.domain.money.Money money(Money m, String field) {
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
}
