package io.redesk.app.desk.finance;

import java.util.Objects;

/**
 * A finance action refused before anything was saved: the field it concerns and a stable code the page
 * turns into a message in the user's language ({@code finance.error.<code>} in the bundles). Nothing is
 * queued and the vault is unchanged.
 */
public final class FinanceInputException extends IllegalArgumentException {

    private final String field;
    private final String code;

    public FinanceInputException(String field, String code, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The input field (e.g. {@code reason}, {@code items[2].amount}, {@code bankReference}). */
    public String field() {
        return field;
    }

    /** Stable code: {@code required}, {@code malformed}, {@code wrongCurrency}, {@code notAllowed}, {@code notFound}, … */
    public String code() {
        return code;
    }
}
