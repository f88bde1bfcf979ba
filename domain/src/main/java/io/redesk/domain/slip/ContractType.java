package io.redesk.domain.slip;

/**
 * The reinsurance method. Proportional types share premium and losses in one proportion;
 * non-proportional types pay losses above a retention up to a limit.
 */
public enum ContractType {
    QUOTA_SHARE(true, false),
    SURPLUS(true, true),
    PER_RISK_XL(false, false),
    CAT_XL(false, true),
    STOP_LOSS(false, true);

    private final boolean proportional;
    private final boolean treatyOnly;

    ContractType(boolean proportional, boolean treatyOnly) {
        this.proportional = proportional;
        this.treatyOnly = treatyOnly;
    }

    public boolean isProportional() {
        return proportional;
    }

    /** Surplus, catastrophe XL and stop loss protect portfolios and exist only as treaties. */
    public boolean isTreatyOnly() {
        return treatyOnly;
    }
}
