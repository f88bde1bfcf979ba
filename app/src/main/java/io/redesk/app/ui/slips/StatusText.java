package io.redesk.app.ui.slips;

import static io.redesk.app.i18n.Localization.key;

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
}
