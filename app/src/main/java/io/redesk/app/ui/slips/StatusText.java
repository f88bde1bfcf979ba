package io.redesk.app.ui.slips;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.SlipCatalog;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.placement.PlacementStatus;

/** The message key of each placement status (keys are literal so the bundle test sees them). */
public final class StatusText {

    private StatusText() {
    }

    public static String keyOf(PlacementStatus s) {
        return switch (s) {
            case DRAFT -> key("status.placement.DRAFT");
            case SUBMITTED -> key("status.placement.SUBMITTED");
            case INQUIRY -> key("status.placement.INQUIRY");
            case FIRM_ORDER -> key("status.placement.FIRM_ORDER");
            case SUBSCRIBING -> key("status.placement.SUBSCRIBING");
            case SIGNED -> key("status.placement.SIGNED");
            case BOUND -> key("status.placement.BOUND");
            case REGISTERED -> key("status.placement.REGISTERED");
            case NOT_TAKEN_UP -> key("status.placement.NOT_TAKEN_UP");
            case CANCELLED -> key("status.placement.CANCELLED");
            case EXPIRED -> key("status.placement.EXPIRED");
        };
    }

    /**
     * A slips-list row's status as the user reads it, with what of it has not reached the exchange
     * (ADR 0811), short enough for the list's column: a queued submission reads "Submission queued",
     * never "Submitted", until the exchange has it; queued and refused changes follow the status
     * ("Draft · queued", "Inquiry · refused").
     */
    public static String text(I18n i18n, SlipCatalog.Row row) {
        if (row.status() == null) {
            return "";
        }
        String status = i18n.text(keyOf(row.status()));
        return switch (row.pending()) {
            case NONE -> status;
            case CHANGES -> i18n.text("slips.pending.changes", status);
            case DRAFT -> i18n.text("slips.pending.draft", status);
            case MOVE -> row.status() == PlacementStatus.SUBMITTED ? i18n.text("slips.pending.submission")
                    : i18n.text("slips.pending.move", status);
            case REFUSED -> i18n.text("slips.pending.refused", status);
        };
    }
}
