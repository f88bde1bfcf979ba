package io.redesk.domain.validation;

import java.util.Optional;

/**
 * The rule for codes, references and numbers written as text (a UMR, a currency, an amount, a share, a
 * country, a rate, a date): they are taken exactly as sent or refused, never trimmed. A value is exact
 * when it neither starts nor ends with white space (any Unicode space, the ideographic space an input
 * method types included) and carries no line break or other control character anywhere. A regular
 * expression's {@code $} matches before a final line break, so a pattern alone lets {@code "CNY\n"}
 * through; this rule is what closes that gap, in one place for the exchange and the desk.
 */
public final class ExactText {
    /** Stable code of the refusal, as {@link FieldError#code()}. */
    public static final String CODE = "exact";

    private ExactText() {
    }

    /** Why {@code text} is not exact, or empty when it is (a null text is not this rule's concern). */
    public static Optional<String> refusal(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return Optional.of("must not contain a line break");
            }
            if (Character.isISOControl(c)) {
                return Optional.of("must not contain control characters");
            }
        }
        if (blank(text.codePointAt(0)) || blank(text.codePointBefore(text.length()))) {
            return Optional.of("must not start or end with a space");
        }
        return Optional.empty();
    }

    /** True when {@code text} is exact (or null). */
    public static boolean isExact(String text) {
        return refusal(text).isEmpty();
    }

    /** The refusal as a field error, or empty. */
    public static Optional<FieldError> check(String field, String text) {
        return refusal(text).map(m -> new FieldError(field, CODE, field + " " + m));
    }

    private static boolean blank(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == '\uFEFF';
    }
}
