package io.redesk.app.ui.slips;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.KindFilter;

/** Message keys of the contract-kind filter's choices (literal, for the bundle test). */
final class KindText {

    private KindText() {
    }

    static String keyOf(KindFilter f) {
        return switch (f) {
            case TREATY -> key("slips.kind.TREATY");
            case FACULTATIVE -> key("slips.kind.FACULTATIVE");
            case PROPORTIONAL -> key("slips.kind.PROPORTIONAL");
            case NON_PROPORTIONAL -> key("slips.kind.NON_PROPORTIONAL");
            case QUOTA_SHARE -> key("choice.QUOTA_SHARE");
            case SURPLUS -> key("choice.SURPLUS");
            case PER_RISK_EXCESS_OF_LOSS -> key("choice.PER_RISK_EXCESS_OF_LOSS");
            case CAT_EXCESS_OF_LOSS -> key("choice.CAT_EXCESS_OF_LOSS");
            case STOP_LOSS -> key("choice.STOP_LOSS");
            case FAC_PROPORTIONAL -> key("choice.FAC_PROPORTIONAL");
            case FAC_EXCESS_OF_LOSS -> key("choice.FAC_EXCESS_OF_LOSS");
        };
    }
}
