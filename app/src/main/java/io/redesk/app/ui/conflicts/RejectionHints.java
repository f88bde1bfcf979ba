package io.redesk.app.ui.conflicts;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.sync.engine.Refusal;

/**
 * How to fix a change the exchange refused, by the stable error code in its reason. The same keys as
 * the Sync issues page, so the desk and that page give the same advice.
 */
public final class RejectionHints {

    private RejectionHints() {
    }

    /** The message key of the hint for {@code reason} (the exchange's code and detail, as the outbox keeps it). */
    public static String hintKey(String reason) {
        return Refusal.parse(reason).map(r -> hintKeyOf(r.code())).orElse(key("sync.hint.other"));
    }

    /** The message key of the hint for the exchange's stable error {@code code}. */
    public static String hintKeyOf(String code) {
        if (code.equals("VERSION_MISMATCH") || code.equals("PRECONDITION_FAILED")) {
            return key("sync.hint.version");
        }
        if (code.startsWith("VALIDATION") || code.startsWith("INVALID") || code.equals("MALFORMED_JSON")) {
            return key("sync.hint.validation");
        }
        if (code.equals("FORBIDDEN") || code.endsWith("NOT_FOUND") || code.equals("NOT_INVITED")) {
            return key("sync.hint.permission");
        }
        if (code.endsWith("_CLOSED") || code.equals("ILLEGAL_TRANSITION")) {
            return key("sync.hint.state");
        }
        return key("sync.hint.other");
    }
}
