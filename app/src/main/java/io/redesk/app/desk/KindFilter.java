package io.redesk.app.desk;

import io.redesk.domain.slip.ContractForm;
import io.redesk.domain.slip.ContractKind;

/**
 * The slips list's contract-kind filter: the two forms (treaty, facultative), the two families
 * (proportional, non-proportional) and each of the exchange's seven kinds (DESIGN.md §2). What a code
 * means (which form, which family) is the domain's {@link ContractKind}; a placement whose kind the
 * vault does not know yet matches no kind filter, only "all kinds" (a null filter).
 */
public enum KindFilter {
    TREATY,
    FACULTATIVE,
    PROPORTIONAL,
    NON_PROPORTIONAL,
    QUOTA_SHARE,
    SURPLUS,
    PER_RISK_EXCESS_OF_LOSS,
    CAT_EXCESS_OF_LOSS,
    STOP_LOSS,
    FAC_PROPORTIONAL,
    FAC_EXCESS_OF_LOSS;

    /** Whether a placement of contract-kind {@code code} (null or unknown: not known) passes this filter. */
    public boolean matches(String code) {
        if (code == null) {
            return false;
        }
        ContractKind kind;
        try {
            kind = ContractKind.ofCode(code);
        } catch (IllegalArgumentException unknownCode) {
            return false;
        }
        return switch (this) {
            case TREATY -> kind.form() == ContractForm.TREATY;
            case FACULTATIVE -> kind.form() == ContractForm.FACULTATIVE;
            case PROPORTIONAL -> kind.isProportional();
            case NON_PROPORTIONAL -> !kind.isProportional();
            default -> name().equals(code);
        };
    }

    /** Whether this filter is a group of kinds (form or family) rather than one kind. */
    public boolean isGroup() {
        return ordinal() <= NON_PROPORTIONAL.ordinal();
    }
}
