package io.redesk.app.ui.finance;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.finance.AccountRow;
import io.redesk.app.desk.finance.SyncMark;
import io.redesk.app.ui.i18n.I18n;

/** Texts the finance pages share: a row's status with what of it is on its way, and a failure's reason. */
final class FinanceText {

    private FinanceText() {
    }

    /** "Issued", "Agreed · queued", "Queried · refused" — the status and the user's change on its way. */
    static String status(I18n i18n, AccountRow r) {
        return withSync(i18n, label(i18n, FinanceLabels.status(r.status())), r.sync());
    }

    /**
     * The text of a label key without arguments, remembered per language: a list of 100,000 rows asks
     * for the same dozen labels 100,000 times, and a message format per call was most of an export's time.
     */
    static String label(I18n i18n, String key) {
        java.util.Map<String, String> cache = LABELS.computeIfAbsent(i18n.getLanguage(),
                l -> new java.util.concurrent.ConcurrentHashMap<>());
        return cache.computeIfAbsent(key, k -> i18n.text(k));
    }

    private static final java.util.Map<io.redesk.app.i18n.Language, java.util.Map<String, String>> LABELS =
            new java.util.concurrent.ConcurrentHashMap<>();

    static String withSync(I18n i18n, String label, SyncMark sync) {
        String mark = sync(i18n, sync);
        return mark.isEmpty() ? label : label + " · " + mark;
    }

    /** What of the user's change is on its way ("queued", "refused: reason"), empty when nothing is. */
    static String sync(I18n i18n, SyncMark sync) {
        if (sync == null || !sync.pending()) {
            return "";
        }
        return switch (sync.state()) {
            case QUEUED -> label(i18n, key("finance.sync.QUEUED"));
            case REFUSED -> i18n.text("finance.sync.REFUSED", sync.reason() == null ? "" : sync.reason());
            case CONFLICT -> i18n.text("finance.sync.CONFLICT");
            case SYNCED -> "";
        };
    }

    static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
