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

    /** Whether this combination exists in the market. */
    public boolean isValid() {
        return isTreaty() || !type.isTreatyOnly();
    }
}
