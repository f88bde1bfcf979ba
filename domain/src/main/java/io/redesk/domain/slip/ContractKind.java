package io.redesk.domain.slip;

import java.util.Objects;

/**
 * Form and type of a contract, e.g. treaty quota share or facultative per-risk XL. Combinations
 * that do not exist in the market (facultative surplus, cat XL or stop loss) can be held in a draft
 * but are reported by {@link SlipValidator}.
 */
public record ContractKind(ContractForm form, ContractType type) {

    public ContractKind {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(type, "type");
    }

    public static ContractKind treaty(ContractType type) {
        return new ContractKind(ContractForm.TREATY, type);
    }

    public static ContractKind facultative(ContractType type) {
        return new ContractKind(ContractForm.FACULTATIVE, type);
    }

    public boolean isProportional() {
        return type.isProportional();
    }

    public boolean isTreaty() {
        return form == ContractForm.TREATY;
    }

    /**
     * The exchange contract's single code for this kind (openapi {@code ContractKind}):
     * FAC_PROPORTIONAL, FAC_EXCESS_OF_LOSS, QUOTA_SHARE, SURPLUS, PER_RISK_EXCESS_OF_LOSS,
     * CAT_EXCESS_OF_LOSS, STOP_LOSS. Treaty kinds carry the type's name; facultative ones the FAC_ prefix.
     *
     * @throws IllegalStateException for a combination that has no code (facultative surplus, cat XL, stop loss)
     */
    public String code() {
        if (form == ContractForm.FACULTATIVE) {
            return switch (type) {
                case QUOTA_SHARE -> "FAC_PROPORTIONAL";
                case PER_RISK_XL -> "FAC_EXCESS_OF_LOSS";
                default -> throw new IllegalStateException("facultative " + type + " does not exist in the market");
            };
        }
        return switch (type) {
            case QUOTA_SHARE -> "QUOTA_SHARE";
            case SURPLUS -> "SURPLUS";
            case PER_RISK_XL -> "PER_RISK_EXCESS_OF_LOSS";
            case CAT_XL -> "CAT_EXCESS_OF_LOSS";
            case STOP_LOSS -> "STOP_LOSS";
        };
    }

    /** The kind for an exchange contract code, see {@link #code()}. */
    public static ContractKind ofCode(String code) {
        java.util.Objects.requireNonNull(code, "code");
        return switch (code) {
            case "FAC_PROPORTIONAL" -> facultative(ContractType.QUOTA_SHARE);
            case "FAC_EXCESS_OF_LOSS" -> facultative(ContractType.PER_RISK_XL);
            case "QUOTA_SHARE" -> treaty(ContractType.QUOTA_SHARE);
            case "SURPLUS" -> treaty(ContractType.SURPLUS);
            case "PER_RISK_EXCESS_OF_LOSS" -> treaty(ContractType.PER_RISK_XL);
            case "CAT_EXCESS_OF_LOSS" -> treaty(ContractType.CAT_XL);
            case "STOP_LOSS" -> treaty(ContractType.STOP_LOSS);
            default -> throw new IllegalArgumentException("unknown contract kind code: '" + code + "'");
        };
    }

    /** Whether this combination exists in the market. */
    public boolean isValid() {
        return isTreaty() || !type.isTreatyOnly();
    }
}
