package io.redesk.app.ui.finance;

import io.redesk.app.desk.finance.AccountRow;
import io.redesk.app.desk.finance.SyncMark;
import io.redesk.app.ui.i18n.I18n;

/** Texts the finance pages share: a row's status with what of it is on its way, and a failure's reason. */
final class FinanceText {

    private FinanceText() {
    }

    /** "Issued", "Agreed · queued", "Queried · refused" — the status and the user's change on its way. */
    static String status(I18n i18n, AccountRow r) {
        return withSync(i18n, i18n.text(FinanceLabels.status(r.status())), r.sync());
    }

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
            case QUEUED -> i18n.text("finance.sync.QUEUED");
            case REFUSED -> i18n.text("finance.sync.REFUSED", sync.reason() == null ? "" : sync.reason());
            case CONFLICT -> i18n.text("finance.sync.CONFLICT");
            case SYNCED -> "";
        };
    }

    static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
