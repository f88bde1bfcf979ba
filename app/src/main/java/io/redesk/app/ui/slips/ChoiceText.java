package io.redesk.app.ui.slips;

import static io.redesk.app.i18n.Localization.key;

import java.util.List;

/** The choices of the slip editor's drop-downs and their message keys (literal, for the bundle test). */
public final class ChoiceText {

    static final List<String> KINDS = List.of("FAC_PROPORTIONAL", "FAC_EXCESS_OF_LOSS", "QUOTA_SHARE", "SURPLUS",
            "PER_RISK_EXCESS_OF_LOSS", "CAT_EXCESS_OF_LOSS", "STOP_LOSS");
    static final List<String> LINE_BASES = List.of("PERCENTAGE_OF_ORDER", "PERCENTAGE_OF_WHOLE");
    static final List<String> CLAIMS_BASES = List.of("LEADER_ONLY", "LEADER_AND_AGREEMENT_PARTIES", "ALL_REINSURERS");

    private ChoiceText() {
    }

    /** The message key of a contract kind's name; null for a code this version does not know. */
    public static String kindKeyOf(String code) {
        return switch (code) {
            case "FAC_PROPORTIONAL" -> key("choice.FAC_PROPORTIONAL");
            case "FAC_EXCESS_OF_LOSS" -> key("choice.FAC_EXCESS_OF_LOSS");
            case "QUOTA_SHARE" -> key("choice.QUOTA_SHARE");
            case "SURPLUS" -> key("choice.SURPLUS");
            case "PER_RISK_EXCESS_OF_LOSS" -> key("choice.PER_RISK_EXCESS_OF_LOSS");
            case "CAT_EXCESS_OF_LOSS" -> key("choice.CAT_EXCESS_OF_LOSS");
            case "STOP_LOSS" -> key("choice.STOP_LOSS");
            default -> null;
        };
    }

    static String keyOf(String code) {
        String kind = kindKeyOf(code);
        if (kind != null) {
            return kind;
        }
        return switch (code) {
            case "PERCENTAGE_OF_ORDER" -> key("choice.PERCENTAGE_OF_ORDER");
            case "PERCENTAGE_OF_WHOLE" -> key("choice.PERCENTAGE_OF_WHOLE");
            case "LEADER_ONLY" -> key("choice.LEADER_ONLY");
            case "LEADER_AND_AGREEMENT_PARTIES" -> key("choice.LEADER_AND_AGREEMENT_PARTIES");
            case "ALL_REINSURERS" -> key("choice.ALL_REINSURERS");
            default -> null;
        };
    }
}
