package io.redesk.app.ui.conflicts;

import static io.redesk.app.i18n.Localization.key;

/**
 * How to fix a change the exchange refused, by the stable error code in its reason. The same keys as
 * the Sync issues page, so the desk and that page give the same advice.
 */
public final class RejectionHints {

    private RejectionHints() {
    }

    /** The message key of the hint for {@code reason} (the exchange's code and detail). */
    public static String hintKey(String reason) {
        String r = reason == null ? "" : reason;
        if (r.contains("VERSION_MISMATCH") || r.contains("conflict")) {
            return key("sync.hint.version");
        }
        if (r.contains("VALIDATION") || r.contains("INVALID")) {
            return key("sync.hint.validation");
        }
        if (r.contains("FORBIDDEN") || r.contains("NOT_FOUND") || r.contains("NOT_INVITED")) {
            return key("sync.hint.permission");
        }
        if (r.contains("CLOSED") || r.contains("ILLEGAL_TRANSITION")) {
            return key("sync.hint.state");
        }
        return key("sync.hint.other");
    }
}
